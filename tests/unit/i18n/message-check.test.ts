import { describe, expect, it } from 'vitest';
import { checkMessageBundle, duplicateKeys, placeholders } from '../../../src/lib/i18n/message-check';
import { localeOfHtmlLang, localeOfQuery, htmlLang, formatNumber } from '../../../src/lib/i18n/locale';

describe('checkMessageBundle', () => {
	it('accepts bundles with the same keys and placeholders', () => {
		expect(checkMessageBundle('messages/x', { en: { a: 'Day {day}' }, zh: { a: '第 {day} 天' } })).toEqual([]);
	});

	it('reports a message missing in one locale', () => {
		expect(checkMessageBundle('messages/x', { en: { a: 'A', b: 'B' }, zh: { a: '甲' } })).toEqual([
			{ file: 'messages/x/zh.json', key: 'b', message: 'missing in zh' }
		]);
	});

	it('reports a message only the translation has', () => {
		expect(checkMessageBundle('messages/x', { en: {}, zh: { extra: '多余' } })).toEqual([
			{ file: 'messages/x/en.json', key: 'extra', message: 'missing in en' }
		]);
	});

	it('reports mismatched placeholders', () => {
		expect(checkMessageBundle('messages/x', { en: { a: '{done} of {total}' }, zh: { a: '已完成 {done}' } })).toEqual([
			{ file: 'messages/x/zh.json', key: 'a', message: 'placeholders {done} differ from English {done, total}' }
		]);
	});

	it('reports an empty message', () => {
		expect(checkMessageBundle('messages/x', { en: { a: 'A' }, zh: { a: ' ' } })[0]?.message).toBe(
			'must be a non-empty string'
		);
	});

	it('reports a key defined in two bundles', () => {
		expect(duplicateKeys({ 'messages/a': { x: 'X', $schema: 's' }, 'messages/b': { x: 'Y', $schema: 's' } })).toEqual([
			{ file: 'messages/b/en.json', key: 'x', message: 'also defined in messages/a' }
		]);
	});

	it('finds placeholder names once each', () => {
		expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b']);
	});
});

describe('locale helpers', () => {
	it('maps html lang values to locales and back', () => {
		expect(localeOfHtmlLang('zh-CN')).toBe('zh');
		expect(localeOfHtmlLang('zh-Hans-CN')).toBe('zh');
		expect(localeOfHtmlLang('en-GB')).toBe('en');
		expect(htmlLang('zh')).toBe('zh-CN');
	});

	it('reads ?lang= only when it names a supported language', () => {
		expect(localeOfQuery('?lang=zh')).toBe('zh');
		expect(localeOfQuery('?x=1&lang=en')).toBe('en');
		expect(localeOfQuery('?lang=fr')).toBeUndefined();
	});

	it('formats numbers for each language', () => {
		expect(formatNumber('en', 3400000)).toBe('3,400,000');
		expect(formatNumber('zh', 3400000)).toBe('3,400,000');
	});
});
