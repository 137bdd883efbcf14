import type { BoardDef } from '../board.types';

/** Concerns and responses: what still stands between the customer and a signature. */
export const concernsBoard: BoardDef = {
	id: 'concerns',
	purpose: {
		en: 'Every concern that still stands between the customer and a signature, who raised it, and how you will resolve it.',
		zh: '列出客户签约前仍然存在的每一项顾虑、由谁提出，以及我们打算怎样化解。'
	},
	sections: [
		{
			kind: 'table',
			id: 'concerns',
			title: { en: 'Concerns', zh: '顾虑' },
			rowLabel: { en: 'Concern', zh: '顾虑' },
			printRows: 6,
			columns: [
				{ id: 'concern', kind: 'longText', label: { en: 'Concern', zh: '顾虑' } },
				{ id: 'who', kind: 'text', label: { en: 'Raised by', zh: '提出人' } },
				{
					id: 'kind',
					kind: 'choice',
					label: { en: 'About', zh: '类型' },
					options: [
						{ id: 'price', label: { en: 'Price and terms', zh: '价格与条款' } },
						{ id: 'risk', label: { en: 'Risk', zh: '风险' } },
						{ id: 'fit', label: { en: 'Solution fit', zh: '方案契合度' } },
						{ id: 'timing', label: { en: 'Timing', zh: '时间' } },
						{ id: 'people', label: { en: 'People and politics', zh: '人员与政治' } }
					]
				},
				{ id: 'response', kind: 'longText', label: { en: 'Our response', zh: '我方的应对' } },
				{ id: 'resolved', kind: 'check', label: { en: 'Resolved', zh: '已化解' } }
			]
		}
	]
};
