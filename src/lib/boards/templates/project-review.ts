import type { BoardDef } from '../board.types';
import { WHO } from './options';

/** The project review meeting: held when a project hits an obstacle, slips, or before a bid. */
export const projectReviewBoard: BoardDef = {
	id: 'project-review',
	purpose: {
		en: 'The agenda of a project review: held when the project hits an obstacle or a plan slips, when the customer, a competitor or the channel moves, and before every bid.',
		zh: '项目评审会的议程：在项目受阻或计划延误时，在客户、竞争对手或渠道发生变化时，以及每次投标之前召开。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'agenda',
			title: { en: 'Agenda', zh: '议程' },
			fields: [
				{ id: 'date', kind: 'date', label: { en: 'Date of the review', zh: '评审日期' } },
				{ id: 'background', kind: 'longText', label: { en: 'Background', zh: '项目背景' } },
				{ id: 'chain', kind: 'longText', label: { en: 'Decision chain', zh: '决策链' } },
				{
					id: 'moves',
					kind: 'longText',
					label: { en: 'What the customer, competitors and channel are doing', zh: '客户、竞争对手和渠道的动向' }
				},
				{ id: 'strengths', kind: 'longText', label: { en: 'Our strengths', zh: '我方优势' } },
				{ id: 'weaknesses', kind: 'longText', label: { en: 'Our weaknesses', zh: '我方劣势' } },
				{
					id: 'strategy',
					kind: 'longText',
					label: { en: 'Relationship, product and commercial strategy', zh: '关系、产品和商务策略' }
				}
			]
		},
		{
			kind: 'table',
			id: 'actions',
			title: { en: 'Next actions', zh: '下一步行动' },
			rowLabel: { en: 'Action', zh: '行动' },
			printRows: 5,
			columns: [
				{ id: 'what', kind: 'text', label: { en: 'What', zh: '做什么' } },
				{ id: 'who', kind: 'text', label: { en: 'Who', zh: '谁负责' } },
				{ id: 'side', kind: 'choice', label: { en: 'Side', zh: '执行方' }, options: WHO },
				{ id: 'when', kind: 'date', label: { en: 'By when', zh: '完成时间' } },
				{ id: 'check', kind: 'text', label: { en: 'Checkpoint', zh: '检查点' } }
			]
		}
	]
};
