import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTree } from '../../../scripts/content-files';
import { auditCourse, leftoverEmphasis } from '../../../src/lib/content/content-audit';
import { loadCourse } from '../../../src/lib/content/course-loader.server';
import { renderMarkdown } from '../../../src/lib/content/markdown.server';
import { loadCase } from '../../../src/lib/scenarios/case-loader';

const root = new URL('../../..', import.meta.url).pathname;
const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync(`${root}/scenarios/homebody/case.yaml`, 'utf8'))
	.value!;
const cases = new Map([[homebody.id, homebody]]);

/** The valid fixture tree, with some files replaced or added. */
function tree(overrides: Record<string, string> = {}): Map<string, string> {
	const base = readTree(new URL('../../fixtures/content-ok', import.meta.url).pathname, '.');
	const files = new Map([...base].map(([path, text]) => [`content/${path.replace(/^\.\//, '')}`, text]));
	for (const [path, text] of Object.entries(overrides)) files.set(path, text);
	return files;
}

function audit(overrides: Record<string, string> = {}) {
	const { course, issues } = loadCourse(tree(overrides), { cases });
	expect(issues).toEqual([]);
	return auditCourse(course, { cases, ssmSteps: course.ssmSteps });
}

const exercise = (initiative: string, explanation = 'Because it brings sales.') => `id: sort-it
type: classify
order: 1
case: homebody
title: { en: Sort it, zh: 归类 }
instructions: { en: Sort each initiative., zh: 为每项方针归类。 }
categories: initiative-focus
items:
  - initiative: ${initiative}
    explanation: { en: ${explanation}, zh: 因为它带来销售。 }
  - initiative: faster-products
    explanation: { en: Sooner on the shelves means more sales., zh: 更早上架意味着更多销售。 }
`;
const exerciseFile = 'content/modules/00-opening/exercises/sort-it.yaml';
const lessonZh = 'content/modules/00-opening/first.zh.md';

describe('leftoverEmphasis', () => {
	it('finds a bold that Markdown could not close next to Chinese punctuation', () => {
		const html = renderMarkdown('先确认**“方针”**，再提问。', 'zh').html;
		expect(leftoverEmphasis(html)).toContain('**“方针”**');
	});

	it('accepts the same bold with the punctuation outside it, and ignores code samples', () => {
		expect(leftoverEmphasis(renderMarkdown('先确认“**方针**”，再提问。', 'zh').html)).toBeUndefined();
		expect(leftoverEmphasis('<p>Type <code>**bold**</code> to get bold.</p>')).toBeUndefined();
	});
});

describe('auditCourse', () => {
	it('finds nothing in a valid course with a valid exercise', () => {
		expect(audit({ [exerciseFile]: exercise('crm-loyalty') })).toEqual([]);
	});

	it('names the file and field of an exercise that refers to a fact the case does not have', () => {
		const issues = audit({ [exerciseFile]: exercise('no-such-initiative') });
		expect(issues).toContainEqual({ file: exerciseFile, field: expect.stringMatching(/^items\.0/), message: expect.any(String) });
	});

	it('names the field of an exercise text with a literal bold marker', () => {
		const issues = audit({ [exerciseFile]: exercise('crm-loyalty', 'It brings **sales**.') });
		expect(issues).toEqual([{ file: exerciseFile, field: 'items.0.explanation.en', message: expect.any(String) }]);
	});

	it('names the lesson file and section of a bold that failed to render', () => {
		const text = tree().get(lessonZh)!;
		const broken = text.replace(/\n## ([^\n]*\{#steps\})\n/, '\n## $1\n\n先确认**“方针”**，再提问。\n');
		expect(broken).not.toBe(text);
		const issues = audit({ [lessonZh]: broken });
		expect(issues).toEqual([{ file: lessonZh, field: 'section steps', message: expect.stringContaining('**“方针”**') }]);
	});
});
