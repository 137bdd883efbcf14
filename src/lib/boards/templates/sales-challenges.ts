import type { BoardDef } from '../board.types';

/** Our sales challenges: what the team finds hardest, presented at the opening. */
export const salesChallengesBoard: BoardDef = {
	id: 'sales-challenges',
	purpose: {
		en: 'The three sales challenges your team meets most often; your spokesperson presents them to the room.',
		zh: '小组最常遇到的三个销售难题，由发言人向全班介绍。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'team',
			fields: [{ id: 'spokesperson', kind: 'text', label: { en: 'Spokesperson', zh: '发言人' } }]
		},
		{
			kind: 'table',
			id: 'challenges',
			title: { en: 'Challenges', zh: '销售难题' },
			intro: {
				en: 'Write each challenge as something that happens to you, with a recent example.',
				zh: '把每个难题写成自己实际遇到的情况，并举一个最近的例子。'
			},
			rowLabel: { en: 'Challenge', zh: '难题' },
			printRows: 3,
			columns: [
				{ id: 'challenge', kind: 'longText', label: { en: 'The challenge', zh: '难题' } },
				{ id: 'example', kind: 'longText', label: { en: 'A recent example', zh: '最近的一个例子' } }
			]
		}
	]
};
