import { formatNumber, type Locale } from '$lib/i18n/locale';

/** A score from 0 to 1 as a whole percentage in the locale's style. */
export function percent(locale: Locale, score: number): string {
	return formatNumber(locale, score, { style: 'percent', maximumFractionDigits: 0 });
}
