import { COMPETITIVE_STRATEGIES } from '../../method/competitive';
import type { BoardDef } from '../board.types';
import { TREE_QUESTIONS } from '../decision-tree';
import { YES_NO } from './options';

/** The competitive strategy, chosen by walking the decision tree. */
export const competitiveStrategyBoard: BoardDef = {
	id: 'competitive-strategy',
	purpose: {
		en: 'Walk the decision tree from the opportunity assessment to a strategy, then say why and how you will play it.',
		zh: '根据商机评估沿决策树一步步走到一种竞争策略，再说明理由和打法。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'tree',
			title: { en: 'The decision tree', zh: '决策树' },
			intro: {
				en: 'Answer from the top; the board says which question comes next and where the answers lead.',
				zh: '从第一个问题答起；白板会提示下一个问题，以及这些回答指向哪种策略。'
			},
			fields: TREE_QUESTIONS.map((q) => ({ id: q.id, kind: 'choice', label: q.text, options: YES_NO }))
		},
		{
			kind: 'summary',
			id: 'recommended',
			title: { en: 'Where the tree leads', zh: '决策树的结论' },
			compute: 'strategy'
		},
		{
			kind: 'fields',
			id: 'choice',
			title: { en: 'Our strategy', zh: '我们的策略' },
			fields: [
				{
					id: 'strategy',
					kind: 'choice',
					label: { en: 'The strategy we choose', zh: '我们选定的策略' },
					options: COMPETITIVE_STRATEGIES.map((s) => ({ id: s.id, label: s.name }))
				},
				{ id: 'why', kind: 'longText', label: { en: 'Why', zh: '理由' } },
				{ id: 'tactics', kind: 'longText', label: { en: 'Tactics and next actions', zh: '战术与下一步行动' } }
			]
		},
		{
			kind: 'guide',
			id: 'strategies',
			title: { en: 'The strategies', zh: '各种策略' },
			items: COMPETITIVE_STRATEGIES.map((s) => ({ en: `${s.name.en}: ${s.gist.en}`, zh: `${s.name.zh}：${s.gist.zh}` }))
		}
	]
};
