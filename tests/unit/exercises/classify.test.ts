import { describe, expect, it } from 'vitest';
import { gradeClassify, keyClassifyAnswer } from '../../../src/lib/exercises/classify/classify.grade';
import { resolveClassify } from '../../../src/lib/exercises/classify/classify.resolve';
import type { ClassifyDef } from '../../../src/lib/exercises/classify/classify.def';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { base, realContext, t } from './fixtures';

const ctx = realContext();

function resolve(def: Omit<ClassifyDef, 'id' | 'order' | 'title' | 'instructions' | 'type'>) {
	const issues: FieldIssue[] = [];
	const ex = resolveClassify({ ...base('c'), type: 'classify', ...def } as ClassifyDef, ctx, issues);
	return { ex, issues };
}

describe('classify', () => {
	const { ex, issues } = resolve({
		case: 'homebody',
		categories: 'initiative-focus',
		items: [
			{ initiative: 'crm-loyalty', explanation: t('Loyalty is revenue.') },
			{ initiative: 'procurement', explanation: t('Procurement is cost.') },
			{
				id: 'plant',
				text: t('Optimise assets by closing plant 3'),
				category: 'cost',
				partial: [{ choice: 'revenue', credit: 0.25 }],
				explanation: t('Closing a plant cuts cost.')
			}
		]
	});

	it('takes the statement and its focus from the case initiative', () => {
		expect(issues).toEqual([]);
		const crm = ex.items.find((i) => i.id === 'crm-loyalty')!;
		expect(crm.category).toBe('revenue');
		expect(crm.text.en).toMatch(/ by putting customer-relationship-management/);
		expect(crm.text.zh).toMatch(/^通过尽快实施/);
		expect(ex.items.find((i) => i.id === 'procurement')!.category).toBe('cost');
		expect(ex.categories.map((c) => c.text.en)).toEqual(['Revenue focus', 'Cost focus']);
	});

	it('scores the key 100 %, nothing 0, and one wrong item by its share', () => {
		expect(gradeClassify(ex, keyClassifyAnswer(ex)).score).toBe(1);
		const empty = gradeClassify(ex, { choices: {} });
		expect(empty.score).toBe(0);
		expect(empty.items.every((i) => i.verdict === 'missing')).toBe(true);
		const oneWrong = gradeClassify(ex, { choices: { 'crm-loyalty': 'cost', procurement: 'cost', plant: 'cost' } });
		expect(oneWrong.score).toBeCloseTo(2 / 3);
		expect(oneWrong.items[0]).toMatchObject({ verdict: 'wrong', expected: { en: 'Revenue focus' } });
	});

	it('gives partial credit only where the key allows it', () => {
		const result = gradeClassify(ex, { choices: { plant: 'revenue', procurement: 'revenue' } });
		expect(result.items.find((i) => i.id === 'plant')).toMatchObject({ score: 0.25, verdict: 'partial' });
		expect(result.items.find((i) => i.id === 'procurement')).toMatchObject({ score: 0, verdict: 'wrong' });
	});

	it('ignores inherited keys in a saved answer', () => {
		const answer = { choices: Object.create({ plant: 'cost' }) as Record<string, string> };
		expect(gradeClassify(ex, answer).score).toBe(0);
	});

	it('takes technology preferences and their ISC area from the case by slug', () => {
		const r = resolve({
			case: 'homebody',
			categories: 'isc-areas',
			items: [
				{ technology: 'buy-rather-than-build', explanation: t('x') },
				{ technology: 'candle-sms-on-desktops', explanation: t('y') }
			]
		});
		expect(r.issues).toEqual([]);
		expect(r.ex.items.map((i) => i.category)).toEqual(['applications', 'management']);
	});

	it('reports unknown references, categories and misplaced case fields by field', () => {
		const r = resolve({
			case: 'homebody',
			categories: 'initiative-focus',
			items: [
				{ initiative: 'no-such', explanation: t('x') },
				{ initiative: 'crm-loyalty', category: 'cost', explanation: t('x') },
				{ id: 'a', text: t('A'), category: 'sideways', explanation: t('x') },
				{ technology: 'punch-cards', explanation: t('x') }
			]
		});
		expect(r.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
			'items.0: no initiative no-such in case homebody',
			'items.1: the text and category come from the case: leave them out',
			'items.2: unknown category sideways',
			'items.3: no technology preference punch-cards in case homebody'
		]);
	});

	it('asks for the case when an item refers to one', () => {
		const r = resolve({
			categories: 'initiative-focus',
			items: [
				{ initiative: 'crm-loyalty', explanation: t('x') },
				{ initiative: 'procurement', explanation: t('x') }
			]
		});
		expect(r.issues[0]?.field).toBe('case');
	});
});
