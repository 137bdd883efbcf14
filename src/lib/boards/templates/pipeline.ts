import type { BoardDef } from '../board.types';
import { PIPELINE_STAGES } from '../pipeline';

/** The pipeline: each deal at the stage its evidence proves, with the weighted forecast. */
export const pipelineBoard: BoardDef = {
	id: 'pipeline',
	purpose: {
		en: 'Each deal at the highest stage whose verifiable outcomes you can prove, with the evidence, and what the pipeline adds up to.',
		zh: '每个商机放在能用可验证成果证明的最高阶段，写明证据，并看整个漏斗加起来有多少。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'period',
			fields: [
				{ id: 'period', kind: 'text', label: { en: 'Period', zh: '时间段' } },
				{ id: 'quota', kind: 'number', label: { en: 'Quota for the period', zh: '本期销售指标' } }
			]
		},
		{
			kind: 'table',
			id: 'deals',
			title: { en: 'Deals', zh: '商机' },
			rowLabel: { en: 'Deal', zh: '商机' },
			printRows: 8,
			columns: [
				{ id: 'deal', kind: 'text', label: { en: 'Deal', zh: '商机' } },
				{ id: 'value', kind: 'number', label: { en: 'Value', zh: '金额' } },
				{
					id: 'stage',
					kind: 'choice',
					label: { en: 'Stage', zh: '阶段' },
					options: PIPELINE_STAGES.map((s) => ({ id: s.id, label: s.name }))
				},
				{
					id: 'evidence',
					kind: 'longText',
					label: { en: 'Evidence of the stage', zh: '阶段的证据' },
					hint: {
						en: 'Minutes, an e-mail, a signed plan: what the customer did.',
						zh: '会议纪要、邮件、签字的计划：客户做了什么。'
					}
				},
				{ id: 'close', kind: 'date', label: { en: 'Expected close', zh: '预计成交' } }
			]
		},
		{ kind: 'summary', id: 'totals', title: { en: 'Forecast', zh: '预测' }, compute: 'pipeline' }
	]
};
