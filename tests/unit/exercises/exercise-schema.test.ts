import { describe, expect, it } from 'vitest';
import { parseExercise } from '../../../src/lib/exercises/exercise.schema';
import { parseWith } from '../../../src/lib/exercises/engine';
import { EXERCISE_TYPES } from '../../../src/lib/exercises/exercise.schema';
import {
	answerSchemaOf,
	emptyAnswer,
	engineFor,
	gradeExercise,
	keyAnswer,
	parseAnswer
} from '../../../src/lib/exercises/grade';
import { resolveExercise } from '../../../src/lib/exercises/resolve';
import { base, realContext, t } from './fixtures';

const classify = {
	...base('sort-it'),
	type: 'classify',
	categories: [
		{ id: 'yes', text: t('Yes') },
		{ id: 'no', text: t('No') }
	],
	items: [
		{ id: 'a', text: t('A'), category: 'yes', explanation: t('Because.') },
		{ id: 'b', text: t('B'), category: 'no', explanation: t('Because not.') }
	]
};

describe('parseExercise', () => {
	it('accepts a valid file of a known type', () => {
		const parsed = parseExercise(classify);
		expect(parsed.ok).toBe(true);
	});

	it('names the field of every problem', () => {
		const parsed = parseExercise({ ...classify, items: [{ id: 'a', text: { en: 'A' }, explanation: t('x') }] });
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.issues.map((i) => i.field)).toContain('items.0.text.zh');
	});

	it('refuses an unknown type and unknown fields', () => {
		expect(parseExercise({ ...classify, type: 'essay' }).ok).toBe(false);
		const extra = parseExercise({ ...classify, colour: 'red' });
		expect(extra.ok).toBe(false);
	});
});

describe('grading any exercise', () => {
	const def = parseExercise(classify);
	if (!def.ok) throw new Error('fixture');
	const { exercise, issues } = resolveExercise(def.value, realContext());

	it('resolves, and grades the key, the empty answer and a malformed answer', () => {
		expect(issues).toEqual([]);
		expect(gradeExercise(exercise, keyAnswer(exercise)).score).toBe(1);
		expect(gradeExercise(exercise, emptyAnswer(exercise)).score).toBe(0);
		expect(gradeExercise(exercise, { choices: 'everything' }).score).toBe(0);
		expect(gradeExercise(exercise, null).score).toBe(0);
	});

	it('keeps a saved answer only if it still fits the type', () => {
		expect(parseAnswer(exercise, { choices: { a: 'yes' } })).toEqual({ choices: { a: 'yes' } });
		expect(parseAnswer(exercise, { sequence: [] })).toBeUndefined();
	});
});

describe('an engine restoring a saved answer', () => {
	it('loads its own type’s answer schema on demand', async () => {
		for (const type of EXERCISE_TYPES) expect(await engineFor(type).answerSchema(), type).toBe(answerSchemaOf(type));
	});

	it('keeps a saved answer that fits and drops one that does not', async () => {
		expect(await parseWith(engineFor('classify'), { choices: { a: 'yes' } })).toEqual({ choices: { a: 'yes' } });
		expect(await parseWith(engineFor('classify'), { sequence: [] })).toBeUndefined();
		const order = { sequence: ['b', 'a'], marks: [] };
		expect(await parseWith(engineFor('order'), order)).toEqual(order);
		expect(await parseWith(engineFor('order'), { choices: {} })).toBeUndefined();
	});
});
