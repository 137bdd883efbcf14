import { kindRef } from '../persistence/kind';
import type { Locale } from '../i18n/locale';

/** The themes: standard for laptops and phones, projector for the front of a classroom. */
export const THEMES = ['standard', 'projector'] as const;
/** Colour schemes: follow the system, or force light or dark. */
export const SCHEMES = ['system', 'light', 'dark'] as const;

/** The learner's settings, stored as one record. */
export interface Settings {
	/** The language of the interface and the course. */
	locale: Locale;
	/** Standard or projector theme. */
	theme: (typeof THEMES)[number];
	/** Light, dark, or whatever the system prefers. */
	scheme: (typeof SCHEMES)[number];
	/** Whether sound cues play; off until the learner turns them on. */
	sound: boolean;
}

/** The id of the one settings record. */
export const SETTINGS_ID = 'settings';

/**
 * The localStorage key of the settings mirror. The boot script in `src/app.html` reads it to set
 * the language and theme before the first paint; IndexedDB is too slow for that.
 */
export const SETTINGS_MIRROR_KEY = 'ssm-trainer.settings';

/** The settings record kind. */
export const settingsKind = kindRef<Settings>('settings', () =>
	import('./settings.schema').then((m) => m.settingsRecordKind)
);

/** Settings for someone who has never changed any, in the language the page opened in. */
export function defaultSettings(locale: Locale): Settings {
	return { locale, theme: 'standard', scheme: 'system', sound: false };
}

/** What the boot script needs, serialised for the localStorage mirror. */
export function mirrorOf(settings: Settings): string {
	return JSON.stringify({ locale: settings.locale, theme: settings.theme, scheme: settings.scheme });
}
