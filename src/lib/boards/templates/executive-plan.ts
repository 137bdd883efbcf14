import type { BoardDef } from '../board.types';

/** The executive contact plan: when and how to reach the executive, given where their attention is. */
export const executivePlanBoard: BoardDef = {
	id: 'executive-plan',
	purpose: {
		en: "A plan to reach the executive who decides, timed to where the buyer's attention is: needs early, the solution during evaluation, risk and price at the end.",
		zh: '接触拍板高层的计划，要与买方关注点所处的阶段相配合：早期关注需求，评估时关注方案，后期关注风险和价格。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'executive',
			title: { en: 'The executive', zh: '目标高层' },
			fields: [
				{ id: 'name', kind: 'text', label: { en: 'Name and title', zh: '姓名与职务' } },
				{
					id: 'focus',
					kind: 'choice',
					label: { en: "Where the buyer's attention is now", zh: '买方目前的关注点' },
					options: [
						{ id: 'needs', label: { en: 'Needs', zh: '需求' } },
						{ id: 'solution', label: { en: 'Comparing solutions', zh: '比较方案' } },
						{ id: 'risk', label: { en: 'Risk and price', zh: '风险与价格' } }
					]
				},
				{
					id: 'entry',
					kind: 'choice',
					label: { en: 'We came in', zh: '我方介入时机' },
					options: [
						{ id: 'early', label: { en: 'Early', zh: '较早' } },
						{ id: 'late', label: { en: 'Late', zh: '较晚' } }
					]
				},
				{
					id: 'value',
					kind: 'longText',
					label: { en: 'The unique value we bring them', zh: '我们带给对方的独特价值' }
				},
				{
					id: 'risks',
					kind: 'longText',
					label: { en: 'Risks to raise, or to take away', zh: '需要提出或消除的风险' }
				}
			]
		},
		{
			kind: 'table',
			id: 'contacts',
			title: { en: 'Contacts', zh: '接触安排' },
			rowLabel: { en: 'Contact', zh: '接触' },
			printRows: 4,
			columns: [
				{ id: 'when', kind: 'date', label: { en: 'When', zh: '时间' } },
				{ id: 'who', kind: 'text', label: { en: 'Who meets them', zh: '由谁出面' } },
				{ id: 'purpose', kind: 'text', label: { en: 'Purpose', zh: '目的' } },
				{ id: 'outcome', kind: 'text', label: { en: 'Outcome we want', zh: '期望的结果' } }
			]
		}
	]
};
