import type { BoardDef } from '../board.types';
import { VALUE_SHAPES } from '../value-proposition';

/** The value proposition: the four questions, then one of three sentence shapes filled in. */
export const valuePropositionBoard: BoardDef = {
	id: 'value-proposition',
	purpose: {
		en: 'Say what the customer gains in one sentence it would repeat: value is the benefits minus the costs, risks and consequences.',
		zh: '用一句客户愿意转述的话说清它能得到什么：价值等于收益减去成本、风险和后果。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'think',
			title: { en: 'Think it through', zh: '先想清楚' },
			fields: [
				{ id: 'issue', kind: 'longText', label: { en: 'What is the issue?', zh: '问题是什么？' } },
				{
					id: 'effect',
					kind: 'longText',
					label: { en: 'How does it affect the customer?', zh: '它对客户有什么影响？' }
				},
				{
					id: 'payback',
					kind: 'longText',
					label: { en: 'What are the consequences, or the payback?', zh: '后果是什么？或者回报是什么？' }
				},
				{ id: 'help', kind: 'longText', label: { en: 'How can we help?', zh: '我们能怎样帮助客户？' } }
			]
		},
		{
			kind: 'fields',
			id: 'shape',
			title: { en: 'The sentence', zh: '价值主张句式' },
			fields: [
				{
					id: 'shape',
					kind: 'choice',
					label: { en: 'Shape of the sentence', zh: '句式' },
					options: VALUE_SHAPES.map((s) => ({ id: s.id, label: s.name }))
				}
			]
		},
		...VALUE_SHAPES.map((shape) => ({
			kind: 'fields' as const,
			id: `shape-${shape.id}`,
			title: shape.name,
			fields: shape.blanks.map((blank) => ({ id: blank.id, kind: 'text' as const, label: blank.label }))
		})),
		{
			kind: 'summary',
			id: 'sentence',
			title: { en: 'Our value proposition', zh: '我们的价值主张' },
			compute: 'value-sentence'
		}
	]
};
