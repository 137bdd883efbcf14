import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues, loadCourse } from '../../src/lib/content/course-loader.server';
import { emptyAnswer, gradeExercise, keyAnswer } from '../../src/lib/exercises/grade';
import { resolveExercise } from '../../src/lib/exercises/resolve';
import type { ResolvedExercise } from '../../src/lib/exercises/resolved';
import { LOCALES } from '../../src/lib/i18n/locale';
import { loadCase } from '../../src/lib/scenarios/case-loader';
import { readTree } from '../../scripts/content-files';

const root = new URL('../..', import.meta.url).pathname;
const { course, issues } = loadCourse(readTree(root, 'content'));
const hb = loadCase('scenarios/homebody/case.yaml', readFileSync(`${root}/scenarios/homebody/case.yaml`, 'utf8')).value!;
const ctx = { cases: new Map([[hb.id, hb]]), ssmSteps: course.ssmSteps };
const resolved = new Map(
	[...course.exercises.values()].map((def) => [def.id, resolveExercise(def, ctx)] as const)
);
const exercise = <T extends ResolvedExercise['type']>(id: string, type: T) => {
	const found = resolved.get(id)?.exercise;
	expect(found?.type, id).toBe(type);
	return found as Extract<ResolvedExercise, { type: T }>;
};
const cjk = /[\u4e00-\u9fff]/;

describe('the exercise files', () => {
	it('load without a problem', () => {
		expect(formatIssues(issues.filter((i) => i.file.includes('/exercises/')))).toBe('');
	});

	it('give every module the exercises of the course brief, in order, using every exercise type', () => {
		expect(Object.fromEntries(course.modules.map((m) => [m.number, m.exercises.map((e) => e.id)]))).toEqual({
			0: ['buying-selling-match'],
			1: ['initiative-focus', 'tim-statements', 'sam-placement', 'pain-chain', 'tech-preferences'],
			2: ['compelling-reason', 'opportunity-roles', 'admitted-latent-pain'],
			3: ['nine-block-cells', 'vision-creation-order', 'vision-reengineering-order', 'org-map', 'test-power'],
			4: ['isc-bridge', 'evaluation-plan', 'value-statement-outcomes'],
			5: ['competitive-strategy', 'investment-case'],
			6: ['concern-response', 'stage6-evidence'],
			7: ['measurable-expectations', 'expectation-not-met'],
			8: ['deal-stages', 'weighted-pipeline'],
			9: ['homebody-assessment', 'value-proposition'],
			10: ['decision-chain-roles', 'lost-deal-mistakes', 'checklist-phases'],
			11: ['focus-by-phase', 'entry-moves']
		});
		expect(new Set([...course.exercises.values()].map((e) => e.type)).size).toBe(10);
	});
});

describe.each([...resolved.keys()])('exercise %s', (id) => {
	const { exercise: ex, issues: found } = resolved.get(id)!;
	const key = gradeExercise(ex, keyAnswer(ex));

	it('resolves its case facts without a problem', () => {
		expect(found.map((i) => `${i.field}: ${i.message}`)).toEqual([]);
	});

	it('scores its answer key 100 % and an empty answer 0', () => {
		expect(key.score).toBe(1);
		expect(key.items.every((i) => i.verdict === 'correct')).toBe(true);
		const empty = gradeExercise(ex, emptyAnswer(ex));
		expect(empty.score).toBe(0);
		expect(empty.items.every((i) => i.verdict === 'missing')).toBe(true);
	});

	it('explains every item, and states every answer, in both languages', () => {
		expect(key.items.length).toBeGreaterThan(1);
		for (const item of key.items) {
			// Chinese packs a sentence into far fewer characters than English.
			const minimum = { en: 30, zh: 12 };
			for (const locale of LOCALES) {
				expect(item.explanation[locale].trim().length, `${item.id} ${locale}`).toBeGreaterThan(minimum[locale]);
				expect(item.expected[locale].trim(), `${item.id} ${locale}`).not.toBe('');
			}
			expect(item.explanation.zh, item.id).toMatch(cjk);
			expect(item.explanation.en, item.id).not.toMatch(cjk);
		}
	});

	it('has its title and instructions in both languages', () => {
		for (const text of [ex.title, ex.instructions, ...(ex.note ? [ex.note] : [])]) {
			expect(text.zh).toMatch(cjk);
			expect(text.en).not.toMatch(cjk);
		}
	});

	it('spells the Homebody executives as the case does', () => {
		const text = JSON.stringify(ex);
		expect(text).not.toMatch(/Notetakei|Updow[^n]|Updown[a-z]/);
		for (const person of hb.people) {
			const [first, last] = person.name.split(' ');
			if (text.includes(`${first} `)) expect(text, person.name).not.toMatch(new RegExp(`${first} (?!${last})[A-Z]`));
		}
	});
});

describe('the answer keys match the case and the method', () => {
	it("sorts twelve or more initiatives, among them Homebody's six with the case's focus", () => {
		const ex = exercise('initiative-focus', 'classify');
		expect(ex.items.length).toBeGreaterThanOrEqual(12);
		for (const init of hb.initiatives) {
			expect(ex.items.find((i) => i.id === init.id)?.category, init.id).toBe(init.focus);
		}
		expect(ex.items.filter((i) => i.category === 'revenue').length).toBeGreaterThan(0);
		expect(ex.items.filter((i) => i.category === 'cost').length).toBeGreaterThan(0);
	});

	it("builds all six initiatives as result BY activity with the case's result, activity and focus", () => {
		const ex = exercise('tim-statements', 'statement');
		expect(ex.items.map((i) => i.id).sort()).toEqual(hb.initiatives.map((i) => i.id).sort());
		for (const init of hb.initiatives) {
			const item = ex.items.find((i) => i.id === init.id)!;
			const right = (part: string) => item.options[part]!.find((o) => o.id === item.key[part])!.text;
			expect(right('result')).toEqual(init.result);
			expect(right('activity')).toEqual(init.activity);
			expect(item.key.focus).toBe(init.focus);
		}
	});

	it('places Homebody on the SAM grid where the case puts it', () => {
		const ex = exercise('sam-placement', 'place2x2');
		expect(ex.items.find((i) => i.id === 'homebody-today')?.quadrant).toBe(hb.sam.current);
		expect(ex.items.find((i) => i.id === 'homebody-heading')?.quadrant).toBe(hb.sam.heading);
	});

	it('builds the pain chain of the nine people of the decks, the CEO on top', () => {
		const ex = exercise('pain-chain', 'chain');
		expect(ex.nodes).toHaveLength(9);
		expect(ex.nodes.filter((n) => n.key.feeds === 'top').map((n) => n.id)).toEqual(['wolfgang-overall']);
	});

	it('maps all ten executives, Yoshi Goto in the inner circle and Sarah Updown the sponsor', () => {
		const ex = exercise('org-map', 'chain');
		expect(ex.nodes).toHaveLength(10);
		expect(ex.nodes.find((n) => n.id === 'yoshi-goto')?.key).toMatchObject({ role: 'D', circle: 'inner' });
		expect(ex.nodes.find((n) => n.id === 'sarah-updown')?.key.attitude).toBe('sponsor');
	});

	it('orders the 9-block questions as the method orders creation and reengineering', () => {
		const cells = (id: string) =>
			exercise(id, 'order').items.map((i) => /\b([RIC][123])\b/.exec(i.slot.en)?.[1]);
		expect(cells('vision-creation-order')).toEqual(['R1', 'R2', 'R3', 'I1', 'I2', 'I3', 'C1', 'C2', 'C3']);
		expect(cells('vision-reengineering-order')).toEqual(['C1', 'C2', 'R1', 'R2', 'R3', 'I1', 'I2', 'I3', 'C3']);
	});

	it('orders the fifteen events of the evaluation plan and marks the seven go/no-go points', () => {
		const ex = exercise('evaluation-plan', 'order');
		expect(ex.items.map((i) => i.id)).toEqual(hb.evaluationPlan.map((e) => e.id));
		expect(ex.items.filter((i) => i.mark)).toHaveLength(hb.evaluationPlan.filter((e) => e.stars > 0).length);
	});

	it('reaches each of the five strategies and walking away', () => {
		const ex = exercise('competitive-strategy', 'tree');
		expect(new Set(ex.situations.map((s) => s.leaf))).toEqual(
			new Set(['frontal', 'flanking', 'fragment', 'defend', 'develop', 'walk-away'])
		);
	});

	it('adds up the Homebody investment case from the case figures', () => {
		const ex = exercise('investment-case', 'compute');
		const value = (id: string) => {
			const f = ex.fields.find((x) => x.id === id)!;
			return f.kind === 'number' ? f.answer : f.answer;
		};
		const inv = hb.investment;
		expect(value('total')).toBe(inv.hardware.amount + inv.software.amount + inv.services.amount);
		expect(value('total')).toBe(3400);
		const quarters = [1, 2, 3, 4, 5, 6, 7, 8].map((q) => value(`benefit-q${q}`));
		expect(quarters).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => inv.benefits.reduce((s, r) => s + r.quarters[i]!, 0)));
		expect(quarters.slice(0, 2)).toEqual([0, 0]);
		expect(value('start')).toBe('q3');
		expect(value('payback')).toBe(8);
		const [low, high] = hb.preliminarySolution.valuePerYearMillionsUsd;
		expect(value('year-two')).toBeGreaterThanOrEqual(low * 1000);
		expect(value('year-two')).toBeLessThanOrEqual(high * 1000);
	});

	it('weights the pipeline with the commonly taught probabilities and says they are a secondary source', () => {
		const ex = exercise('weighted-pipeline', 'compute');
		const rows = ex.tables.find((t) => t.id === 'probabilities')!.rows;
		expect(rows.map((r) => (r.cells[0]!.kind === 'number' ? r.cells[0]!.value : 0))).toEqual([10, 25, 50, 75, 100]);
		expect(ex.note?.en).toMatch(/secondary source/);
	});

	it("rates the twenty criteria in the method's order", () => {
		const ex = exercise('homebody-assessment', 'rate');
		expect(ex.criteria.map((c) => c.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
	});
});
