import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { gradeRate, keyRateAnswer } from '../../../src/lib/exercises/rate/rate.grade';
import type { RateDef } from '../../../src/lib/exercises/rate/rate.def';
import { resolveRate } from '../../../src/lib/exercises/rate/rate.resolve';
import { criteriaByQuestion } from '../../../src/lib/exercises/rate/rate.view';
import { base, realContext, t } from './fixtures';

const ctx = realContext();
const criteria = Array.from({ length: 20 }, (_, i) => ({
	number: i + 1,
	rating: (['+', '-', '?'] as const)[i % 3]!,
	accept: i === 0 ? (['?'] as ('+' | '-' | '?')[]) : undefined,
	explanation: t(`reason ${i + 1}`)
}));
const resolve = (c: RateDef['criteria']) => {
	const issues: FieldIssue[] = [];
	const ex = resolveRate({ ...base('r'), type: 'rate', moment: t('Mid-March'), criteria: c } as RateDef, ctx, issues);
	return { ex, issues };
};

describe('rate the twenty criteria', () => {
	const { ex, issues } = resolve(criteria);

	it('takes names, groups and scales from the method', () => {
		expect(issues).toEqual([]);
		expect(ex.criteria).toHaveLength(20);
		expect(ex.criteria[7]).toMatchObject({
			number: 8,
			name: { en: 'Sales resource requirements' },
			favourable: { en: 'Low' }
		});
		expect(criteriaByQuestion(ex).map((g) => g.criteria.length)).toEqual([5, 5, 5, 5]);
	});

	it('gives half credit within the tolerance and none for the opposite rating', () => {
		expect(gradeRate(ex, keyRateAnswer(ex)).score).toBe(1);
		expect(gradeRate(ex, { choices: {} }).score).toBe(0);
		const r = gradeRate(ex, { choices: { c1: '?', c2: '+' } });
		expect(r.items[0]).toMatchObject({ score: 0.5, verdict: 'partial', expected: { en: '+ Favourable' } });
		expect(r.items[1]).toMatchObject({ score: 0, verdict: 'wrong', expected: { en: '− Unfavourable' } });
	});

	it('requires each criterion exactly once', () => {
		const r = resolve([...criteria.slice(1), criteria[2]!]);
		expect(r.issues.map((i) => i.message)).toEqual([
			'criterion 1 must be rated exactly once',
			'criterion 3 must be rated exactly once'
		]);
	});
});
