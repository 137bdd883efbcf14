import type { BoardDef } from '../board.types';

/** Our opportunity: the one real deal the team works on through the course. */
export const opportunityBoard: BoardDef = {
	id: 'opportunity',
	purpose: {
		en: 'The one real deal your team works on through the whole course, described so that everyone can picture the customer.',
		zh: '小组在整个课程中反复使用的那个真实商机，要描述得让每位组员都能想象出这家客户。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'deal',
			title: { en: 'The deal', zh: '商机概况' },
			fields: [
				{
					id: 'customer',
					kind: 'longText',
					label: { en: 'Customer, described without its name', zh: '客户描述（不写客户名称）' },
					hint: {
						en: 'Industry, size, what it does and where it stands today.',
						zh: '所在行业、规模、主营业务以及目前的处境。'
					}
				},
				{ id: 'seller', kind: 'text', label: { en: 'Sales person', zh: '销售人员' } },
				{ id: 'offer', kind: 'text', label: { en: 'Product or service to sell', zh: '要销售的产品或服务' } },
				{ id: 'amount', kind: 'number', label: { en: 'Estimated amount', zh: '预计金额' } },
				{
					id: 'currency',
					kind: 'text',
					label: { en: 'Currency', zh: '币种' },
					hint: { en: 'For example CNY or USD.', zh: '例如 CNY（人民币）或 USD（美元）。' }
				},
				{ id: 'close', kind: 'date', label: { en: 'Expected close date', zh: '预计成交日期' } },
				{ id: 'competitors', kind: 'text', label: { en: 'Competitors in the running', zh: '参与竞争的对手' } }
			]
		},
		{
			kind: 'fields',
			id: 'fit',
			title: { en: 'Is it a good pick?', zh: '这个商机选得合适吗？' },
			intro: {
				en: 'Tick what is true. An opportunity that serves the course well meets all four.',
				zh: '勾选符合的条件。适合在课程中使用的商机应当四项都满足。'
			},
			fields: [
				{ id: 'important', kind: 'check', label: { en: 'It matters to us', zh: '这个商机对我们很重要' } },
				{
					id: 'contested',
					kind: 'check',
					label: {
						en: 'At least one competitor is in the running: it is not sole-sourced',
						zh: '至少有一家竞争对手参与，不是独家采购'
					}
				},
				{
					id: 'known',
					kind: 'check',
					label: {
						en: "We know the customer's background, key people, needs and organisation",
						zh: '我们了解客户的背景、关键人物、需求和组织结构'
					}
				},
				{
					id: 'early',
					kind: 'check',
					label: { en: 'The customer is early in its buying process', zh: '客户还处在采购流程的早期' }
				}
			]
		}
	]
};
