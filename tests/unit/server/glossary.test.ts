import { describe, expect, it } from 'vitest';
import { getCourse, getFragments, getGlossary } from '../../../src/lib/server/course';
import { staticHtml } from '../../../src/lib/content/static-html';

describe('getGlossary', () => {
	const { modules, bundle } = getGlossary();
	const fragments = getFragments();
	const fragment = (href: string) => fragments.get(href.replace(/^\/fragments\//, ''));

	it('lists every module with key terms and carries no definitions in its data', () => {
		const withTerms = getCourse().modules.filter((mod) => mod.keyTerms.length);
		expect(modules.map((mod) => mod.id)).toEqual(withTerms.map((mod) => mod.id));
		expect(modules.map((mod) => mod.count)).toEqual(withTerms.map((mod) => mod.keyTerms.length));
		const data = JSON.stringify(getGlossary());
		for (const term of withTerms.flatMap((mod) => mod.keyTerms)) expect(data).not.toContain(term.definition.en);
	});

	it('draws each module’s terms, both names and both definitions, escaped, into its fragment', () => {
		for (const mod of getCourse().modules.filter((m) => m.keyTerms.length)) {
			const entry = modules.find((m) => m.id === mod.id)!;
			const html = fragment(entry.href)!;
			expect(html).toBeDefined();
			expect(staticHtml.get(entry.href)).toBe(html);
			expect(html.match(/class="term"/g)).toHaveLength(mod.keyTerms.length);
			expect(html).not.toContain('<!--');
			for (const term of mod.keyTerms) {
				expect(html).toContain(`id="${term.id}"`);
				const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
				expect(html).toContain(escape(term.definition.en));
				expect(html).toContain(escape(term.definition.zh));
			}
		}
	});

	it('holds every module’s fragment in one bundle for a page drawn in the browser', () => {
		const held = JSON.parse(fragment(bundle)!) as Record<string, string>;
		expect(Object.keys(held)).toEqual(modules.map((mod) => mod.href));
		for (const mod of modules) expect(held[mod.href]).toBe(fragment(mod.href));
	});
});
