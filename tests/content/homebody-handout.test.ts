import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content/course-loader.server';
import { LOCALES } from '../../src/lib/i18n/locale';
import { ATTITUDES } from '../../src/lib/method/org-map';
import { SAM_QUADRANTS } from '../../src/lib/method/sam';
import { loadCase } from '../../src/lib/scenarios/case-loader';
import { loadHandout } from '../../src/lib/scenarios/handout-loader.server';

const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!;
const read = (locale: string) => {
	const path = `scenarios/homebody/handout.${locale}.md`;
	return { path, text: readFileSync(path, 'utf8') };
};
const { value: handout, issues } = loadHandout(homebody, { en: read('en'), zh: read('zh') });
const text = { en: read('en').text, zh: read('zh').text };
const INTERNAL_CAUSES = ['sm-loyalty', 'sm-buying', 'mfg-suppliers', 'mfg-mismatch', 'cio-resources', 'cio-newtech', 'strategy-resources', 'is-mrp'];

describe('the Homebody case file (student handout)', () => {
	it('loads without a problem, with the same sections in both languages', () => {
		expect(formatIssues(issues)).toBe('');
		expect(handout!.body.zh.map((s) => s.id)).toEqual(handout!.body.en.map((s) => s.id));
		expect(handout!.body.en.map((s) => s.id)).toEqual(['intro', 'company', 'market', 'public-record', 'organisation', 'before-meeting']);
	});

	it('draws the organisation chart from the case and names the ten executives with their exact titles', () => {
		for (const locale of LOCALES) {
			const diagrams = handout!.body[locale].flatMap((s) => s.blocks).filter((b) => b.kind === 'diagram');
			expect(diagrams.map((b) => b.kind === 'diagram' && b.diagram.name)).toEqual(['org-chart']);
			for (const person of homebody.people) {
				expect(text[locale], person.name).toContain(`| ${person.name} | ${person.title[locale]} |`);
			}
		}
	});

	it('gives away no answer key: no initiative, no cause from the pain chain, no SAM position, no roles of the map', () => {
		for (const locale of LOCALES) {
			const lower = text[locale].toLowerCase();
			for (const initiative of homebody.initiatives) {
				expect(lower).not.toContain(initiative.activity[locale].toLowerCase());
				expect(lower).not.toContain(initiative.result[locale].toLowerCase());
			}
			// The symptoms at the top of the chain are public (a falling share price, rising costs); the causes
			// below them, and who feels which, are what the interviews find.
			for (const reason of homebody.pains.flatMap((p) => p.reasons).filter((r) => INTERNAL_CAUSES.includes(r.id))) {
				expect(lower).not.toContain(reason.text[locale].toLowerCase());
			}
			for (const quadrant of SAM_QUADRANTS) expect(lower).not.toContain(quadrant.name[locale].toLowerCase());
			for (const attitude of ATTITUDES.filter((a) => a.id === 'sponsor' || a.id === 'enemy')) {
				expect(lower).not.toContain(attitude.name[locale].toLowerCase());
			}
			expect(lower).not.toMatch(/key decision maker|关键决策者|\bcrm\b/);
		}
	});

	it('keeps every fact of the case consistent: the troubles the pain chain explains are all in the public record', () => {
		expect(text.en).toMatch(/share price has been falling/);
		expect(text.en).toMatch(/losing market share/);
		expect(text.en).toMatch(/major customers have gone/i);
		expect(text.en).toMatch(/slower repairs and spare parts/);
		expect(text.zh).toMatch(/股价持续下跌/);
		expect(text.zh).toMatch(/备件时常缺货/);
	});
});
