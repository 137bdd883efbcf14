import type { CompetitiveStrategy } from '../method/competitive';
import type { Localized } from '../i18n/locale';

/** A question of the competitive-strategy decision tree. */
export interface TreeQuestion {
	/** Stable id; the id of the board field that holds the answer. */
	id: 'reason' | 'compete' | 'advantage' | 'reshape' | 'part' | 'hold' | 'future';
	/** The question, with the criteria it draws on. */
	text: Localized;
}

/** The questions of the tree (the usual Target Account Selling tree), in the order they can be asked. */
export const TREE_QUESTIONS: readonly TreeQuestion[] = [
	{
		id: 'reason',
		text: {
			en: 'Does the customer have a compelling reason to act (criterion 5), or can we find one?',
			zh: '客户是否有迫切的行动理由（第 5 项标准），或者我们能否帮它找到？'
		}
	},
	{
		id: 'compete',
		text: { en: 'Can we compete (criteria 6 to 10)?', zh: '我们能参与竞争吗（第 6 至 10 项标准）？' }
	},
	{
		id: 'advantage',
		text: { en: 'Do we have an overwhelming advantage, about 3 to 1?', zh: '我们是否拥有约 3:1 的压倒性优势？' }
	},
	{
		id: 'reshape',
		text: {
			en: 'Can we reshape the buying vision so that the criteria change in our favour?',
			zh: '我们能否重塑购买愿景，让采购标准朝有利于我方的方向改变？'
		}
	},
	{
		id: 'part',
		text: {
			en: 'Can we reshape a profitable part we can win into the vision?',
			zh: '我们能否把一块有利可图、又能拿下的部分纳入客户的愿景？'
		}
	},
	{ id: 'hold', text: { en: 'Is this a customer we must hold?', zh: '这是我们必须守住的客户吗？' } },
	{
		id: 'future',
		text: {
			en: 'Is there future revenue (criterion 17) or strategic value (criterion 20)?',
			zh: '是否有未来收入（第 17 项）或战略价值（第 20 项）？'
		}
	}
];

/** Answers to the tree's questions, by question id; unanswered questions are absent. */
export type TreeAnswers = Partial<Record<TreeQuestion['id'], 'yes' | 'no'>>;

/** Where the answers lead: the questions on the way, the next one to answer, and the strategy once reached. */
export interface TreeWalk {
	/** The questions that matter for these answers, in the order they are asked. */
	path: TreeQuestion['id'][];
	/** The first question on the path still unanswered, if any. */
	next?: TreeQuestion['id'];
	/** The strategy the answers lead to, once the path is complete. */
	strategy?: CompetitiveStrategy['id'];
}

/**
 * Walks the decision tree. Offensive when the customer has (or can be given) a reason to act and we
 * can compete: frontal with a 3:1 advantage, else flanking if we can change the criteria, else
 * fragment if we can win a part. Otherwise defensive: defend a customer we must hold, develop one
 * with future or strategic value, or walk away. Pure.
 */
export function walkTree(answers: TreeAnswers): TreeWalk {
	const path: TreeQuestion['id'][] = [];
	const ask = (id: TreeQuestion['id']): 'yes' | 'no' | undefined => {
		path.push(id);
		return answers[id];
	};
	const stop = (): TreeWalk => ({ path, next: path[path.length - 1] });
	const reach = (strategy: CompetitiveStrategy['id']): TreeWalk => ({ path, strategy });

	const reason = ask('reason');
	if (!reason) return stop();
	if (reason === 'yes') {
		const compete = ask('compete');
		if (!compete) return stop();
		if (compete === 'yes') {
			const advantage = ask('advantage');
			if (!advantage) return stop();
			if (advantage === 'yes') return reach('frontal');
			const reshape = ask('reshape');
			if (!reshape) return stop();
			if (reshape === 'yes') return reach('flanking');
			const part = ask('part');
			if (!part) return stop();
			if (part === 'yes') return reach('fragment');
		}
	}
	const hold = ask('hold');
	if (!hold) return stop();
	if (hold === 'yes') return reach('defend');
	const future = ask('future');
	if (!future) return stop();
	return reach(future === 'yes' ? 'develop' : 'walk-away');
}
