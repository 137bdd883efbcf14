import { htmlLang, localeOfHtmlLang, localeOfQuery, type Locale } from '$lib/i18n/locale';
import { databaseExists, DB_NAME } from '$lib/persistence/database';
import type { KindLike } from '$lib/persistence/kind';
import type { ProgressStore, StoreStatus } from '$lib/persistence/store';
import {
	defaultSettings,
	mirrorOf,
	SETTINGS_ID,
	SETTINGS_MIRROR_KEY,
	settingsKind,
	type Settings
} from '$lib/settings/settings';

/** Settings as the boot script in `app.html` applied them before the first paint. */
function bootSettings(): Settings {
	if (typeof document === 'undefined') return defaultSettings('en');
	const root = document.documentElement;
	const scheme = root.dataset.scheme;
	return {
		...defaultSettings(localeOfHtmlLang(root.lang)),
		theme: root.dataset.theme === 'projector' ? 'projector' : 'standard',
		scheme: scheme === 'light' || scheme === 'dark' ? scheme : 'system'
	};
}

/** The app-wide state every page shares: language, settings, and the saved-progress store. */
class AppState {
	/** The learner's settings. */
	settings = $state<Settings>(bootSettings());
	/** The language shown; mirrors `<html lang>`. */
	locale = $state<Locale>(this.settings.locale);
	/** Where work is saved, once the store has opened. */
	status = $state<StoreStatus | undefined>(undefined);
	/** Bumped on every change to saved records, so that derived reads re-run. */
	revision = $state(0);
	/** This browser holds no saved work yet, so the store has not been loaded (see {@link open}). */
	nothingSaved = $state(false);
	/** The learner closed the set-aside notice in this tab. */
	setAsideDismissed = $state(false);
	/** The store, once open. */
	store: ProgressStore | undefined;
	#ready: Promise<ProgressStore> | undefined;
	#opened: Promise<ProgressStore | undefined> | undefined;
	/** Listens for another tab's first save while this tab has not loaded the store. */
	#otherTabs: BroadcastChannel | undefined;

	/**
	 * Opens the store if this browser holds saved work, and resolves to it. With nothing saved (a
	 * first visit) it resolves to `undefined` without loading the store's code: the first write
	 * ({@link start}) or another tab's first save loads it. Safe to call more than once.
	 */
	open(): Promise<ProgressStore | undefined> {
		this.#opened ??= this.#open();
		return this.#opened;
	}

	async #open(): Promise<ProgressStore | undefined> {
		if (localeOfQuery(location.search) || (await databaseExists()) !== false || this.#ready) return this.start();
		if (typeof BroadcastChannel !== 'undefined') {
			this.#otherTabs = new BroadcastChannel(DB_NAME);
			this.#otherTabs.onmessage = () => void this.start();
		}
		this.nothingSaved = true;
		document.documentElement.dataset.appReady = 'true';
		return undefined;
	}

	/** Opens the store (loading its code) and applies saved settings; safe to call more than once. */
	start(): Promise<ProgressStore> {
		this.#ready ??= this.#start();
		return this.#ready;
	}

	async #start(): Promise<ProgressStore> {
		this.#otherTabs?.close();
		this.#otherTabs = undefined;
		const asked = localeOfQuery(location.search);
		const [{ ProgressStore }, { recordKinds }] = await Promise.all([
			import('$lib/persistence/store'),
			import('$lib/persistence/registry')
		]);
		const store = await ProgressStore.open({ kinds: recordKinds });
		this.store = store;
		this.nothingSaved = false;
		const saved = store.get(settingsKind, SETTINGS_ID);
		const settings = { ...(saved ?? this.settings), ...(asked ? { locale: asked } : {}) };
		this.#apply(settings);
		if (asked && saved?.locale !== asked) await store.put(settingsKind, SETTINGS_ID, settings);
		store.subscribe((change) => {
			this.revision++;
			this.status = store.status;
			if ('all' in change || change.ids.includes(SETTINGS_ID)) {
				const current = store.get(settingsKind, SETTINGS_ID);
				if (current) this.#apply(current);
			}
		});
		this.status = store.status;
		this.revision++;
		// Lets tests (and anyone curious) know the saved state has been read.
		document.documentElement.dataset.appReady = 'true';
		return store;
	}

	#apply(settings: Settings): void {
		this.settings = settings;
		this.locale = settings.locale;
		const root = document.documentElement;
		root.lang = htmlLang(settings.locale);
		root.dataset.theme = settings.theme;
		root.dataset.scheme = settings.scheme;
		try {
			localStorage.setItem(SETTINGS_MIRROR_KEY, mirrorOf(settings));
		} catch {
			// Without localStorage the next page paints in the default language first; nothing is lost.
		}
	}

	/** Changes settings, applies them at once and saves them. */
	async update(patch: Partial<Settings>): Promise<void> {
		const next = { ...this.settings, ...patch };
		this.#apply(next);
		const store = await this.start();
		await store.put(settingsKind, SETTINGS_ID, next);
	}

	/** Reads one saved record reactively: use inside `$derived`. */
	read<T>(kind: KindLike<T>, id: string): T | undefined {
		void this.revision;
		return this.store?.get(kind, id);
	}

	/** Reads every saved record of a kind reactively: use inside `$derived`. */
	list<T>(kind: KindLike<T>): { id: string; data: T; updatedAt: string }[] {
		void this.revision;
		return this.store?.list(kind) ?? [];
	}
}

/** The one app state of this tab. */
export const app = new AppState();

/** A message in the current language, for attributes and other places that take plain text. */
export function tr<I>(m: (inputs: I, options: { locale: Locale }) => string, values?: I): string {
	return m((values ?? {}) as I, { locale: app.locale });
}
