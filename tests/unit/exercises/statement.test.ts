import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { fillTemplate, gradeStatement, keyStatementAnswer } from '../../../src/lib/exercises/statement/statement.grade';
import type { StatementDef } from '../../../src/lib/exercises/statement/statement.def';
import { resolveStatement } from '../../../src/lib/exercises/statement/statement.resolve';
import { base, realContext, t } from './fixtures';

const ctx = realContext();
const def = {
	...base('tim'),
	type: 'statement',
	case: 'homebody',
	template: { en: '{result} by {activity}', zh: '通过{activity}，{result}' },
	parts: [
		{ id: 'result', name: t('Desired result') },
		{ id: 'activity', name: t('Planned activity') },
		{ id: 'focus', name: t('Focus'), vocabulary: 'initiative-focus' }
	],
	items: [
		{
			initiative: 'crm-loyalty',
			prompt: t('We keep losing customers.'),
			options: {
				result: [{ id: 'buy-siebel', text: t('Buy Siebel') }],
				activity: [{ id: 'be-nicer', text: t('Be nicer') }]
			},
			explanation: t('Loyalty by CRM.')
		},
		{
			id: 'grid',
			prompt: t('Bring power to the villages.'),
			options: { result: [{ id: 'w', text: t('Wrong') }], activity: [{ id: 'w2', text: t('Wrong too') }] },
			answers: {
				result: t('Widen coverage'),
				activity: t('helping 10,000 households get electricity'),
				focus: 'revenue'
			},
			explanation: t('Coverage is revenue.')
		}
	]
} as StatementDef;

describe('statement (result BY activity)', () => {
	const issues: FieldIssue[] = [];
	const ex = resolveStatement(def, ctx, issues);

	it('takes result, activity and focus of a case initiative from the case', () => {
		expect(issues).toEqual([]);
		const crm = ex.items[0]!;
		const right = (part: string) => crm.options[part]!.find((o) => o.id === crm.key[part])!.text.en;
		expect(right('result')).toBe(ctx.cases.get('homebody')!.initiatives[0]!.result.en);
		expect(crm.key.focus).toBe('revenue');
		expect(crm.options.focus!.map((o) => o.id)).toEqual(['revenue', 'cost']);
	});

	it('gives each part a third of the credit', () => {
		expect(gradeStatement(ex, keyStatementAnswer(ex)).score).toBe(1);
		expect(gradeStatement(ex, { choices: {} }).score).toBe(0);
		const r = gradeStatement(ex, { choices: { grid: { result: 'grid-result', activity: 'w2', focus: 'revenue' } } });
		expect(r.items[1]!.score).toBeCloseTo(2 / 3);
		expect(r.items[1]!.expected.en).toBe(
			'Widen coverage by helping 10,000 households get electricity · Focus: Revenue focus'
		);
	});

	it('fills the template in each language’s word order, with blanks for missing parts', () => {
		const filled = fillTemplate(ex, ex.items[1]!, { activity: 'grid-activity' }, t('…', '……'));
		expect(filled).toEqual({
			en: '… by helping 10,000 households get electricity',
			zh: '通过helping 10,000 households get electricity（中），……'
		});
	});

	it('refuses a phrase part missing from the template and an item without wrong options', () => {
		const issues2: FieldIssue[] = [];
		resolveStatement(
			{
				...def,
				template: { en: '{result}', zh: '{result}' },
				items: [{ ...def.items[1]!, options: { result: [] } }]
			} as StatementDef,
			ctx,
			issues2
		);
		expect(issues2.map((i) => i.field)).toEqual(['template', 'items.0.result', 'items.0.activity']);
	});
});
