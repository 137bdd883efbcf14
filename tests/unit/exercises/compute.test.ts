import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { formatQuantity, parseNumber } from '../../../src/lib/exercises/compute/compute.format';
import { gradeCompute, keyComputeAnswer } from '../../../src/lib/exercises/compute/compute.grade';
import type { ComputeDef } from '../../../src/lib/exercises/compute/compute.def';
import { resolveCompute } from '../../../src/lib/exercises/compute/compute.resolve';
import { listFields } from '../../../src/lib/exercises/compute/compute.view';
import { base, realContext, t } from './fixtures';

const ctx = realContext();
const labels = Object.fromEntries(
	[
		'investmentCaption',
		'item',
		'amount',
		'hardware',
		'software',
		'services',
		'total',
		'figuresCaption',
		'row',
		'quartersCaption',
		'benefitRow',
		'totalExplanation',
		'benefitField',
		'noBenefitExplanation',
		'solutionCaption',
		'solutionValue',
		'implementation',
		'valuePerYear',
		'probabilitiesCaption',
		'stage',
		'probability',
		'dealsCaption',
		'deal',
		'value',
		'weightedValue',
		'weightedField'
	].map((id) => [id, t(id)])
);
labels.figure = t('Figure {n}');
labels.months = t('{low}–{high} months');
labels.valueRange = t('US${low}–{high} M a year');
labels.benefitExplanation = { en: 'In {quarter}: {sum}.', zh: '{quarter}：{sum}。' };
labels.weightedExplanation = t('{value} × {probability} = {weighted}');

const resolve = (def: Partial<ComputeDef>) => {
	const issues: FieldIssue[] = [];
	const ex = resolveCompute({ ...base('c'), type: 'compute', labels, ...def } as ComputeDef, ctx, issues);
	return { ex, issues };
};

describe('parseNumber', () => {
	it('reads numbers typed with units, separators and spaces', () => {
		expect(parseNumber('US$3,400k')).toBe(3400);
		expect(parseNumber(' 3 400 ')).toBe(3400);
		expect(parseNumber('22.9 %')).toBe(22.9);
		expect(parseNumber('Q8')).toBe(8);
		expect(parseNumber('第 8 季度')).toBe(8);
		expect(parseNumber('−780')).toBe(-780);
		expect(parseNumber('2.1×')).toBe(2.1);
	});

	it('refuses what is not one number', () => {
		expect(parseNumber('')).toBeUndefined();
		expect(parseNumber('abc')).toBeUndefined();
		expect(parseNumber('1.2.3')).toBeUndefined();
	});

	it('formats quantities for each language', () => {
		expect(formatQuantity('en', 3400, 'usd-k')).toBe('US$3,400k');
		expect(formatQuantity('zh', 3400, 'usd-k')).toBe('3,400 千美元');
		expect(formatQuantity('zh', 8, 'quarter')).toBe('第 8 季度');
		expect(formatQuantity('en', 22.94, 'percent', 1)).toBe('22.9 %');
	});
});

describe('the Homebody investment case', () => {
	const { ex, issues } = resolve({
		model: 'investment',
		case: 'homebody',
		fields: [
			{
				id: 'payback',
				label: t('Payback'),
				value: 'paybackQuarter',
				explanation: t('Cumulative {cumulativeQ8} passes {total}.')
			},
			{
				id: 'return',
				label: t('Return'),
				value: 'returnPercent',
				tolerance: 0.5,
				explanation: t('{netReturn} on {total}')
			},
			{
				id: 'start',
				label: t('When do benefits start?'),
				options: [
					{ id: 'q1', text: t('Q1') },
					{ id: 'q3', text: t('Q3') }
				],
				answer: 'q3',
				explanation: t('Implementation first.'),
				caseNote: 'benefit-assumption'
			}
		]
	});
	const answer = (id: string) => ex.fields.find((f) => f.id === id)!;

	it('adds up the investment and the benefits from the case', () => {
		expect(issues).toEqual([]);
		expect(answer('total')).toMatchObject({ kind: 'number', answer: 3400 });
		expect(
			ex.fields.filter((f) => f.id.startsWith('benefit-q')).map((f) => (f.kind === 'number' ? f.answer : 0))
		).toEqual([0, 0, 150, 260, 520, 780, 1170, 1300]);
		expect(answer('payback')).toMatchObject({ answer: 8, unit: 'quarter' });
		expect(answer('return')).toMatchObject({ answer: 22.9, unit: 'percent' });
		expect(answer('payback').explanation.en).toBe('Cumulative US$4,180k passes US$3,400k.');
	});

	it('repeats the time and value of the preliminary solution, and the case’s own assumption', () => {
		expect(ex.tables[0]!.rows.map((r) => (r.cells[0]!.kind === 'text' ? r.cells[0]!.text.en : ''))).toEqual([
			'7–10 months',
			'US$3.5–4.5 M a year'
		]);
		expect(answer('start').explanation.en).toMatch(/^Implementation first\. Benefits start in the third quarter/);
	});

	it('writes the working of each table field in both languages', () => {
		expect(answer('total').explanation.en).toBe('totalExplanation');
		expect(answer('benefit-q3').explanation).toEqual({
			en: 'In Q3: 60 + 90 = US$150k.',
			zh: '第 3 季度：60 + 90 = 150 千美元。'
		});
	});

	it('shows the deck figures without their quarters, and the quarter table to fill', () => {
		const figures = ex.tables.find((tb) => tb.id === 'figures')!;
		expect(figures.head.map((h) => h.en)).toEqual([
			'row',
			'Figure 1',
			'Figure 2',
			'Figure 3',
			'Figure 4',
			'Figure 5',
			'Figure 6'
		]);
		expect(figures.rows[0]!.cells.map((c) => (c.kind === 'number' ? c.value : null))).toEqual([
			60, 130, 260, 390, 650, 650
		]);
		expect(listFields(ex).map((f) => f.id)).toEqual(['payback', 'return', 'start']);
	});

	it('grades numbers within the tolerance and choices exactly', () => {
		expect(gradeCompute(ex, keyComputeAnswer(ex)).score).toBe(1);
		expect(gradeCompute(ex, { values: {} }).score).toBe(0);
		const r = gradeCompute(ex, { values: { return: '23.3 %', total: '3,500', start: 'q1', payback: 'Q8' } });
		const score = (id: string) => r.items.find((i) => i.id === id)!;
		expect(score('return').verdict).toBe('correct');
		expect(score('total')).toMatchObject({ verdict: 'wrong', expected: { en: 'US$3,400k', zh: '3,400 千美元' } });
		expect(score('start').verdict).toBe('wrong');
		expect(score('payback').verdict).toBe('correct');
		expect(score('benefit-q1').verdict).toBe('missing');
	});

	it('refuses a field naming a value the model does not work out', () => {
		const r = resolve({
			model: 'investment',
			case: 'homebody',
			fields: [{ id: 'x', label: t('X'), value: 'magic', explanation: t('{nothing}') }]
		});
		expect(r.issues.map((i) => i.message)).toEqual([
			'{nothing} is not a number the model works out',
			'magic is not a number the model works out'
		]);
	});
});

describe('a weighted pipeline', () => {
	const { ex, issues } = resolve({
		model: 'pipeline',
		quota: 1000,
		deals: [
			{ id: 'a', name: t('A'), stage: 'explore', value: 400 },
			{ id: 'b', name: t('B'), stage: 'qualify', value: 600 },
			{ id: 'c', name: t('C'), stage: 'close', value: 200 }
		],
		fields: [
			{ id: 'forecast', label: t('Forecast'), value: 'weighted', explanation: t('{weighted}') },
			{
				id: 'coverage',
				label: t('Coverage'),
				value: 'coverage',
				tolerance: 0.05,
				explanation: t('{open} / {remaining}')
			},
			{
				id: 'band',
				label: t('Verdict'),
				options: [
					{ id: 'at-risk', text: t('At risk') },
					{ id: 'healthy', text: t('Healthy') },
					{ id: 'high', text: t('Stalled?') }
				],
				value: 'coverageBand',
				explanation: t('x')
			}
		]
	});

	it('weights each deal by its stage and works out forecast and coverage', () => {
		expect(issues).toEqual([]);
		const f = (id: string) => ex.fields.find((x) => x.id === id)!;
		expect(f('weighted-a')).toMatchObject({ answer: 40 });
		expect(f('weighted-b')).toMatchObject({ answer: 300 });
		expect(f('weighted-c')).toMatchObject({ answer: 200 });
		expect(f('forecast')).toMatchObject({ answer: 540 });
		expect(f('coverage')).toMatchObject({ answer: 1.25, unit: 'ratio' });
		expect(f('band')).toMatchObject({ answer: 'at-risk' });
		expect(f('weighted-b').explanation.en).toBe('US$600k × 50 % = US$300k');
	});

	it('names the stages and probabilities of the method in both languages', () => {
		const rows = ex.tables[0]!.rows;
		expect(rows.map((r) => r.label.en)).toEqual([
			'Identified',
			'Validated',
			'Qualified',
			'Conditional agreement',
			'Won'
		]);
		expect(rows.map((r) => (r.cells[0]!.kind === 'number' ? r.cells[0]!.value : 0))).toEqual([10, 25, 50, 75, 100]);
	});
});
