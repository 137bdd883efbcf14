import { TAS_CRITERIA, TAS_QUESTIONS, TAS_RATINGS } from '../../method/tas';
import type { BoardDef, ChoiceOption } from '../board.types';

const ratings: ChoiceOption[] = TAS_RATINGS.map((r) => ({
	id: r.id,
	label: r.name,
	symbol: r.id === '-' ? '−' : r.id
}));

/** The id of a criterion's row on the board. */
export function criterionRowId(number: number): string {
	return `c${number}`;
}

/** The twenty opportunity criteria rated + / − / ? for us and two competitors. */
export const opportunityAssessmentBoard: BoardDef = {
	id: 'opportunity-assessment',
	purpose: {
		en: 'Rate the twenty criteria for us and for two competitors: + known and favourable, − unfavourable, ? unknown. The question marks are your next calls.',
		zh: '为我方和两家竞争对手逐项评估二十项标准：+ 表示已知且有利，− 表示不利，? 表示未知。打问号的地方，就是下一步要去弄清楚的。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'who',
			fields: [
				{ id: 'date', kind: 'date', label: { en: 'Date of the assessment', zh: '评估日期' } },
				{ id: 'comp1', kind: 'text', label: { en: 'Competitor 1', zh: '竞争对手 1' } },
				{ id: 'comp2', kind: 'text', label: { en: 'Competitor 2', zh: '竞争对手 2' } }
			]
		},
		{
			kind: 'grid',
			id: 'criteria',
			title: { en: 'The twenty criteria', zh: '二十项标准' },
			layout: 'table',
			groups: TAS_QUESTIONS.map((q) => ({ id: q.id, label: q.name })),
			rows: TAS_CRITERIA.map((c) => ({
				id: criterionRowId(c.number),
				group: c.question,
				label: { en: `${c.number}. ${c.name.en}`, zh: `${c.number}. ${c.name.zh}` },
				hint: {
					en: `${c.unfavourable.en} → ${c.favourable.en.toLowerCase()}`,
					zh: `${c.unfavourable.zh} → ${c.favourable.zh}`
				}
			})),
			columns: [
				{ id: 'us', kind: 'choice', label: { en: 'Us', zh: '我方' }, options: ratings },
				{ id: 'comp1', kind: 'choice', label: { en: 'Competitor 1', zh: '竞争对手 1' }, options: ratings },
				{ id: 'comp2', kind: 'choice', label: { en: 'Competitor 2', zh: '竞争对手 2' }, options: ratings }
			]
		},
		{ kind: 'summary', id: 'tally', title: { en: 'Tally by question', zh: '按问题汇总' }, compute: 'tas-tally' },
		{
			kind: 'fields',
			id: 'next',
			fields: [
				{
					id: 'actions',
					kind: 'longText',
					label: { en: 'What we will find out next', zh: '下一步要弄清楚的事' },
					hint: { en: 'Start with the question marks on "can we win?".', zh: '先从“我们能赢吗？”中打问号的项开始。' }
				}
			]
		}
	]
};
