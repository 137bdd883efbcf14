import type { BoardDef } from '../board.types';

/** Expectations set at signature and checked as met at completion. */
export const setMetBoard: BoardDef = {
	id: 'set-met',
	purpose: {
		en: 'The expectations set with the customer at signature, and whether they are met at completion: the evidence of stage 7.',
		zh: '签约时与客户设定的期望，以及项目完成时是否达成：这是第 7 阶段的证据。'
	},
	sections: [
		{
			kind: 'table',
			id: 'expectations',
			title: { en: 'Set and met', zh: '设定与达成' },
			rowLabel: { en: 'Expectation', zh: '期望' },
			printRows: 5,
			columns: [
				{ id: 'expectation', kind: 'longText', label: { en: 'Expectation set at signature', zh: '签约时设定的期望' } },
				{ id: 'measure', kind: 'text', label: { en: 'How it is measured', zh: '衡量方式' } },
				{ id: 'target', kind: 'text', label: { en: 'Target', zh: '目标' } },
				{ id: 'result', kind: 'text', label: { en: 'Result at completion', zh: '完成时的结果' } },
				{
					id: 'status',
					kind: 'choice',
					label: { en: 'Status', zh: '状态' },
					options: [
						{ id: 'open', label: { en: 'Not measured yet', zh: '尚未衡量' } },
						{ id: 'met', label: { en: 'Met', zh: '已达成' } },
						{ id: 'partly', label: { en: 'Partly met', zh: '部分达成' } },
						{ id: 'missed', label: { en: 'Not met', zh: '未达成' } }
					]
				}
			]
		},
		{
			kind: 'fields',
			id: 'after',
			title: { en: 'After completion', zh: '完成之后' },
			fields: [
				{ id: 'report', kind: 'date', label: { en: 'Completion report handed over on', zh: '完成报告提交日期' } },
				{
					id: 'reference',
					kind: 'check',
					label: { en: 'The customer agreed to be a reference', zh: '客户同意作为推荐案例' }
				},
				{ id: 'next', kind: 'longText', label: { en: 'New opportunities found', zh: '发现的新商机' } }
			]
		}
	]
};
