import { LOCALES, type Locale } from './locale';

/** A problem with the message files. */
export interface MessageIssue {
	/** The message file, e.g. `messages/app/zh.json`. */
	file: string;
	/** The message key. */
	key: string;
	/** What is wrong. */
	message: string;
}

/** The `{placeholder}` names of a message, sorted. */
export function placeholders(text: string): string[] {
	return [...new Set([...text.matchAll(/\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}/g)].map((match) => match[1]!))].sort();
}

/**
 * Compares one message bundle across locales: every key must exist in every locale, be a non-empty
 * string, and use the same placeholders.
 */
export function checkMessageBundle(bundle: string, files: Record<Locale, Record<string, unknown>>): MessageIssue[] {
	const issues: MessageIssue[] = [];
	const keys = new Set(LOCALES.flatMap((locale) => Object.keys(files[locale]).filter((k) => k !== '$schema')));
	for (const key of [...keys].sort()) {
		const texts = new Map<Locale, string>();
		for (const locale of LOCALES) {
			const file = `${bundle}/${locale}.json`;
			const value = files[locale][key];
			if (value === undefined) issues.push({ file, key, message: `missing in ${locale}` });
			else if (typeof value !== 'string' || !value.trim())
				issues.push({ file, key, message: 'must be a non-empty string' });
			else texts.set(locale, value);
		}
		const en = texts.get('en');
		for (const [locale, text] of texts) {
			if (locale === 'en' || en === undefined) continue;
			const expected = placeholders(en).join(', ');
			const actual = placeholders(text).join(', ');
			if (expected !== actual) {
				issues.push({
					file: `${bundle}/${locale}.json`,
					key,
					message: `placeholders {${actual}} differ from English {${expected}}`
				});
			}
		}
	}
	return issues;
}

/** Keys defined in more than one bundle: they share one namespace once compiled, so each must be unique. */
export function duplicateKeys(bundles: Record<string, Record<string, unknown>>): MessageIssue[] {
	const owner = new Map<string, string>();
	const issues: MessageIssue[] = [];
	for (const [bundle, messages] of Object.entries(bundles)) {
		for (const key of Object.keys(messages)) {
			if (key === '$schema') continue;
			const first = owner.get(key);
			if (first) issues.push({ file: `${bundle}/en.json`, key, message: `also defined in ${first}` });
			else owner.set(key, bundle);
		}
	}
	return issues;
}
