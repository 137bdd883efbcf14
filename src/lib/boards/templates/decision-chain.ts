import type { BoardDef } from '../board.types';

/** The decision chain and the coach: who approves, decides, evaluates, advises and guards the door. */
export const decisionChainBoard: BoardDef = {
	id: 'decision-chain',
	purpose: {
		en: 'Everyone in the decision chain, where they stand with us, and the coach who wants us to win.',
		zh: '决策链上的每个人、他们对我们的态度，以及希望我们赢的那位“教练”。'
	},
	sections: [
		{
			kind: 'table',
			id: 'chain',
			title: { en: 'The chain', zh: '决策链' },
			rowLabel: { en: 'Person', zh: '人物' },
			printRows: 6,
			columns: [
				{ id: 'name', kind: 'text', label: { en: 'Name and title', zh: '姓名与职务' } },
				{
					id: 'role',
					kind: 'choice',
					label: { en: 'Role in the decision', zh: '决策角色' },
					options: [
						{ id: 'approver', label: { en: 'Approver', zh: '批准者' } },
						{ id: 'decider', label: { en: 'Decision maker', zh: '决策者' } },
						{ id: 'evaluator', label: { en: 'Evaluator', zh: '评估者' } },
						{ id: 'advisor', label: { en: 'Advisor', zh: '顾问' } },
						{ id: 'gatekeeper', label: { en: 'Gatekeeper', zh: '把关者' } }
					]
				},
				{
					id: 'stance',
					kind: 'choice',
					label: { en: 'Where they stand', zh: '对我方的态度' },
					options: [
						{ id: 'opponent', label: { en: 'Opponent', zh: '反对者' } },
						{ id: 'non-supporter', label: { en: 'Non-supporter', zh: '不支持者' } },
						{ id: 'acceptor', label: { en: 'Acceptor', zh: '接受者' } },
						{ id: 'supporter', label: { en: 'Supporter', zh: '支持者' } },
						{ id: 'sympathiser', label: { en: 'Sympathiser', zh: '同情者' } },
						{ id: 'ally', label: { en: 'Ally', zh: '盟友' } }
					]
				},
				{ id: 'coach', kind: 'check', label: { en: 'Our coach', zh: '我方教练' } },
				{ id: 'next', kind: 'text', label: { en: 'Next step with this person', zh: '与此人的下一步' } }
			]
		},
		{
			kind: 'guide',
			id: 'coach',
			title: { en: 'A coach', zh: '什么是教练' },
			items: [
				{ en: 'Is an insider with wide connections and influence.', zh: '是客户内部人脉广、有影响力的人。' },
				{ en: 'Wants us to win.', zh: '希望我们赢。' },
				{
					en: 'Tells us about the decision process, the competitors and how we are seen.',
					zh: '会告诉我们决策流程、竞争对手的情况，以及客户怎么看我们。'
				},
				{ en: 'Is the first relationship to build.', zh: '是最先要建立的关系。' }
			]
		}
	]
};
