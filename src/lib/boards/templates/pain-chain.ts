import type { BoardDef } from '../board.types';

/** The pain chain: one card per key person, each reason leading to someone else's pain. */
export const painChainBoard: BoardDef = {
	id: 'pain-chain',
	purpose: {
		en: "A chain of pains across at least four key people: one person's reason is often the next person's pain.",
		zh: '贯穿至少四位关键人物的疼痛链：一个人的“原因”往往就是另一个人的“疼痛”。'
	},
	sections: [
		{
			kind: 'table',
			id: 'cards',
			title: { en: 'Pain cards', zh: '疼痛卡片' },
			intro: {
				en: 'Start with the most senior person you can name, then follow each reason to the person who feels it as a pain.',
				zh: '从能说出名字的职位最高的人开始，再顺着每个原因找到把它当作疼痛的那个人。'
			},
			rowLabel: { en: 'Card', zh: '卡片' },
			printRows: 4,
			columns: [
				{ id: 'title', kind: 'text', label: { en: 'Title', zh: '职务' } },
				{ id: 'name', kind: 'text', label: { en: 'Name', zh: '姓名' } },
				{ id: 'pain', kind: 'text', label: { en: 'Pain', zh: '疼痛' } },
				{ id: 'reason1', kind: 'text', label: { en: 'Reason 1', zh: '原因 1' } },
				{ id: 'reason2', kind: 'text', label: { en: 'Reason 2', zh: '原因 2' } },
				{
					id: 'leads',
					kind: 'text',
					label: { en: 'A reason is the pain of', zh: '哪条原因是谁的疼痛' },
					hint: { en: 'Name the person (and which reason).', zh: '写出此人（以及对应的原因）。' }
				}
			]
		}
	]
};
