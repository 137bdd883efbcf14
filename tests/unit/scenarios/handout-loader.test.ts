import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../src/lib/scenarios/case-loader';
import { loadHandout } from '../../../src/lib/scenarios/handout-loader.server';

const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!;
const file = (locale: string, body: string, title = 'Title') => ({
	path: `scenarios/homebody/handout.${locale}.md`,
	text: `---\ntitle: ${title}\nsummary: A summary.\n---\n\nIntro.\n\n${body}`
});

describe('loadHandout', () => {
	it('loads both languages with their sections and draws diagrams from the case', () => {
		const body = '## Who {#who}\n\n::: diagram org-chart homebody\n';
		const { value, issues } = loadHandout(homebody, { en: file('en', body), zh: file('zh', body, '标题') });
		expect(issues).toEqual([]);
		expect(value?.title).toEqual({ en: 'Title', zh: '标题' });
		expect(value?.body.zh.map((s) => s.id)).toEqual(['intro', 'who']);
		expect(value?.body.en[1]?.blocks[0]).toMatchObject({ kind: 'diagram', diagram: { name: 'org-chart' } });
	});

	it('reports a missing language and sections that differ', () => {
		expect(loadHandout(homebody, { en: file('en', '') }).issues).toEqual([
			{ file: 'scenarios/homebody/handout.zh.md', field: '(file)', message: 'the zh version is missing' }
		]);
		const { issues } = loadHandout(homebody, { en: file('en', '## A {#a}\n\nx'), zh: file('zh', '## B {#b}\n\nx') });
		expect(issues).toContainEqual(expect.objectContaining({ field: 'sections' }));
	});

	it('refuses speaker notes: the handout goes to students', () => {
		const body = '## A {#a}\n\nx\n\n::: notes\nThe answer is Sarah.\n:::\n';
		const { issues } = loadHandout(homebody, { en: file('en', body), zh: file('zh', body) });
		expect(issues).toContainEqual(
			expect.objectContaining({ field: 'section a', message: expect.stringContaining('no ::: notes') })
		);
	});
});
