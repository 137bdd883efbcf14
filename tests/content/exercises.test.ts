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

	it('give every module of the two-day course at least one exercise, and use every exercise type', () => {
		for (const mod of course.modules.filter((m) => m.day !== 'further')) {
			expect(mod.exercises.length, mod.id).toBeGreaterThan(0);
		}
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
