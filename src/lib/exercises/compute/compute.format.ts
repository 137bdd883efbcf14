import { formatNumber, type Locale, type Localized } from '../../i18n/locale';
import type { Unit } from './compute.types';

/** A number with its unit, as a reader of the locale expects it. */
export function formatQuantity(locale: Locale, value: number, unit: Unit, decimals = 0): string {
	const n = formatNumber(locale, value, { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
	const zh = locale === 'zh';
	switch (unit) {
		case 'usd-k':
			return zh ? `${n} 千美元` : `US$${n}k`;
		case 'percent':
			return zh ? `${n}%` : `${n} %`;
		case 'quarter':
			return zh ? `第 ${n} 季度` : `Q${n}`;
		case 'ratio':
			return `${n}×`;
		case 'count':
			return n;
	}
}

/** A number with its unit in both languages. */
export function quantity(value: number, unit: Unit, decimals = 0): Localized {
	return { en: formatQuantity('en', value, unit, decimals), zh: formatQuantity('zh', value, unit, decimals) };
}

/** The unit as a hint beside an input, e.g. "US$ k". */
export function unitHint(unit: Unit): Localized | undefined {
	switch (unit) {
		case 'usd-k':
			return { en: 'US$ k', zh: '千美元' };
		case 'percent':
			return { en: '%', zh: '%' };
		case 'quarter':
			return { en: 'quarter (1–8)', zh: '季度（1–8）' };
		case 'ratio':
			return { en: '×', zh: '倍' };
		case 'count':
			return undefined;
	}
}

/**
 * Reads a typed number, ignoring units, spaces and thousands separators ("US$3,400k", "Q8",
 * "22.9 %", "第 8 季度"). Undefined when it is not a number.
 */
export function parseNumber(text: string): number | undefined {
	const cleaned = text
		.replace(/[，,\s]/g, '')
		.replace(/[^0-9.\-−]/g, '')
		.replace('−', '-');
	if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
	return Number(cleaned);
}
