import type { BoardDef } from '../board.types';

/** The investment case: what the customer spends, what it gains, and when it pays back. */
export const investmentCaseBoard: BoardDef = {
	id: 'investment-case',
	purpose: {
		en: 'The case the customer’s approver will sign: from the current state to the desired result, the investment by category, the yearly benefit and the payback.',
		zh: '客户批准人会签字认可的投资分析：从现状到期望结果，按类别列出投资，写明每年收益和回收期。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'story',
			title: { en: 'From today to the result', zh: '从现状到结果' },
			fields: [
				{ id: 'current', kind: 'longText', label: { en: 'Current state', zh: '现状' } },
				{ id: 'desired', kind: 'longText', label: { en: 'Desired result', zh: '期望的结果' } },
				{ id: 'solution', kind: 'longText', label: { en: 'Business solution', zh: '业务解决方案' } },
				{ id: 'actions', kind: 'longText', label: { en: 'Concrete actions', zh: '具体行动' } },
				{
					id: 'unit',
					kind: 'text',
					label: { en: 'Unit of the amounts', zh: '金额单位' },
					hint: { en: 'For example US$ k or CNY 10k.', zh: '例如“千美元”或“万元人民币”。' }
				}
			]
		},
		{
			kind: 'table',
			id: 'costs',
			title: { en: 'Investment', zh: '投资' },
			rowLabel: { en: 'Cost item', zh: '投资项' },
			printRows: 6,
			columns: [
				{
					id: 'category',
					kind: 'choice',
					label: { en: 'Category', zh: '类别' },
					options: [
						{ id: 'hardware', label: { en: 'Hardware', zh: '硬件' } },
						{ id: 'software', label: { en: 'Software', zh: '软件' } },
						{ id: 'services', label: { en: 'Services', zh: '服务' } },
						{ id: 'other', label: { en: 'Other', zh: '其他' } }
					]
				},
				{ id: 'item', kind: 'text', label: { en: 'What it buys', zh: '内容' } },
				{ id: 'amount', kind: 'number', label: { en: 'Amount', zh: '金额' } }
			]
		},
		{
			kind: 'table',
			id: 'benefits',
			title: { en: 'Benefits', zh: '收益' },
			rowLabel: { en: 'Benefit', zh: '收益项' },
			printRows: 4,
			columns: [
				{ id: 'benefit', kind: 'text', label: { en: 'Benefit', zh: '收益' } },
				{
					id: 'yearly',
					kind: 'number',
					label: { en: 'Yearly amount at full run rate', zh: '全面见效后每年金额' }
				},
				{ id: 'assumption', kind: 'text', label: { en: 'Assumption behind it', zh: '依据的假设' } }
			]
		},
		{ kind: 'summary', id: 'totals', title: { en: 'Totals and payback', zh: '合计与回收期' }, compute: 'investment' }
	]
};
