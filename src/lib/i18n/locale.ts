/** The languages the product is written in. */
export const LOCALES = ['en', 'zh'] as const;

/** A language of the product: English or Simplified Chinese. */
export type Locale = (typeof LOCALES)[number];

/** A text written in every language, side by side so that the two cannot drift apart. */
export type Localized = Record<Locale, string>;

/** True when the value names a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return value === 'en' || value === 'zh';
}

/** The `<html lang>` value of a locale. */
export function htmlLang(locale: Locale): string {
	return locale === 'zh' ? 'zh-CN' : 'en';
}

/** The locale of an `<html lang>` value; anything Chinese is `zh`, everything else `en`. */
export function localeOfHtmlLang(lang: string): Locale {
	return /^zh/i.test(lang) ? 'zh' : 'en';
}

/** The locale a `?lang=` query parameter asks for, if it names one. */
export function localeOfQuery(search: string): Locale | undefined {
	const lang = new URLSearchParams(search).get('lang');
	return isLocale(lang) ? lang : undefined;
}

/** Formats a number for a locale. */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(htmlLang(locale), options).format(value);
}

/** Formats a date and time for a locale. */
export function formatDateTime(locale: Locale, iso: string, options?: Intl.DateTimeFormatOptions): string {
	return new Intl.DateTimeFormat(htmlLang(locale), options ?? { dateStyle: 'medium', timeStyle: 'short' }).format(
		new Date(iso)
	);
}
