import { describe, expect, it } from 'vitest';
import { walkTree } from '$lib/boards/decision-tree';
import { pipelineTotals } from '$lib/boards/pipeline';
import { computeSummary, type SummaryTable } from '$lib/boards/summaries';
import { BOARDS } from '$lib/boards/templates';
import { fillSentence, VALUE_SHAPES } from '$lib/boards/value-proposition';

describe('the competitive decision tree', () => {
	it('goes frontal with a reason to act, a way to compete and a 3:1 advantage', () => {
		expect(walkTree({ reason: 'yes', compete: 'yes', advantage: 'yes' }).strategy).toBe('frontal');
	});

	it('flanks when it can change the criteria, fragments when it can win a part', () => {
		expect(walkTree({ reason: 'yes', compete: 'yes', advantage: 'no', reshape: 'yes' }).strategy).toBe('flanking');
		expect(walkTree({ reason: 'yes', compete: 'yes', advantage: 'no', reshape: 'no', part: 'yes' }).strategy).toBe(
			'fragment'
		);
	});

	it('turns defensive without a reason to act, or without a way to compete', () => {
		expect(walkTree({ reason: 'no', hold: 'yes' }).strategy).toBe('defend');
		expect(walkTree({ reason: 'yes', compete: 'no', hold: 'no', future: 'yes' }).strategy).toBe('develop');
		expect(walkTree({ reason: 'no', hold: 'no', future: 'no' }).strategy).toBe('walk-away');
	});

	it('falls back to the defensive questions when no offensive move works', () => {
		const walk = walkTree({ reason: 'yes', compete: 'yes', advantage: 'no', reshape: 'no', part: 'no' });
		expect(walk).toEqual({ path: ['reason', 'compete', 'advantage', 'reshape', 'part', 'hold'], next: 'hold' });
	});

	it('names the next question and ignores answers off the path', () => {
		expect(walkTree({})).toEqual({ path: ['reason'], next: 'reason' });
		expect(walkTree({ reason: 'no', advantage: 'yes' }).next).toBe('hold');
	});
});

describe('pipeline totals', () => {
	it('weights open deals by stage and keeps won deals apart', () => {
		const totals = pipelineTotals(
			[
				{ value: 100, stage: 'identified' },
				{ value: 200, stage: 'qualified' },
				{ value: 400, stage: 'conditional' },
				{ value: 50, stage: 'won' },
				{ value: 999 }
			],
			200
		);
		expect(totals.open).toBe(700);
		expect(totals.weighted).toBeCloseTo(10 + 100 + 300);
		expect(totals.won).toBe(50);
		expect(totals.coverage).toBe(3.5);
		expect(totals.coverageReading).toBe('healthy');
	});

	it('reads coverage under 2.5 as at risk and far above 4 as worth checking', () => {
		expect(pipelineTotals([{ value: 200, stage: 'validated' }], 100).coverageReading).toBe('at-risk');
		expect(pipelineTotals([{ value: 500, stage: 'validated' }], 100).coverageReading).toBe('check-stalled');
		expect(pipelineTotals([{ value: 500, stage: 'validated' }]).coverage).toBeUndefined();
	});
});

describe('summaries', () => {
	it('adds up the Homebody investment: 600 + 800 + 2,000 = 3,400', () => {
		const summary = computeSummary('investment', BOARDS['investment-case'], {
			fields: { unit: 'US$ k' },
			tables: {
				costs: [
					{ id: 'a', order: 1, cells: { category: 'hardware', amount: '600' } },
					{ id: 'b', order: 2, cells: { category: 'software', amount: '800' } },
					{ id: 'c', order: 3, cells: { category: 'services', amount: '2000' } }
				],
				benefits: [{ id: 'd', order: 1, cells: { yearly: '4000' } }]
			}
		}) as SummaryTable;
		const row = (en: string) => summary.rows.find((r) => r.label.en === en)!.cells[0]!;
		expect(row('Total investment').en).toBe('3,400 US$ k');
		expect(row('Software').zh).toBe('800 US$ k');
		expect(row('Simple payback').en).toBe('10.2 months');
	});

	it('tallies the twenty criteria per question and party', () => {
		const summary = computeSummary('tas-tally', BOARDS['opportunity-assessment'], {
			fields: { comp1: 'Rival' },
			tables: {
				criteria: [
					{ id: 'c1', order: 0, cells: { us: '+', comp1: '-' } },
					{ id: 'c5', order: 4, cells: { us: '?' } },
					{ id: 'c11', order: 10, cells: { us: '-' } }
				]
			}
		}) as SummaryTable;
		expect(summary.columns!.map((c) => c.en)).toEqual(['Us', 'Rival', 'Competitor 2']);
		expect(summary.rows[0]!.cells[0]!.en).toBe('+1 · −0 · ?1 · 3 not rated');
		expect(summary.rows[0]!.cells[1]!.en).toBe('+0 · −1 · ?0 · 4 not rated');
		expect(summary.rows[2]!.cells[0]!.zh).toBe('+0 · −1 · ?0 · 4 项未评');
	});

	it('names the strategy the tree reaches and flags a different choice', () => {
		const summary = computeSummary('strategy', BOARDS['competitive-strategy'], {
			fields: { reason: 'yes', compete: 'yes', advantage: 'no', reshape: 'yes', strategy: 'frontal' },
			tables: {}
		}) as SummaryTable;
		expect(summary.rows[0]!.cells[0]!.en).toBe('Flanking');
		expect(summary.note?.en).toContain('You chose Frontal');
	});
});

describe('value proposition sentences', () => {
	it('fills the blanks and names the ones still missing', () => {
		const shape = VALUE_SHAPES.find((s) => s.id === 'c')!;
		const parts = fillSentence(shape, { 'c-event': 'the peak season', 'c-solution': 'CRM' }, 'en');
		expect(parts.map((p) => ('text' in p ? p.text : `<${p.missing}>`)).join('')).toBe(
			'We can help you deal with the peak season by installing CRM, which will result in <measurable outcome>. We will secure your return through <shared risk and reward>.'
		);
	});
});
