import type { BoardDef } from '../board.types';
import { WHO } from './options';

/** The evaluation plan agreed with the customer: events, dates, who, and the go/no-go decisions. */
export const evaluationPlanBoard: BoardDef = {
	id: 'evaluation-plan',
	purpose: {
		en: 'The steps you and the customer agree to take before a decision, with the week, who does each one and where both sides decide whether to go on.',
		zh: '双方约定在做出决定之前要走的步骤：每一步在哪一周、由谁负责，以及在哪些节点共同决定是否继续。'
	},
	sections: [
		{
			kind: 'table',
			id: 'events',
			title: { en: 'Events', zh: '事件' },
			intro: {
				en: 'A go/no-go event is a mutual decision to proceed: mark it.',
				zh: '“继续/停止”节点是双方共同决定是否推进的时刻，请标出。'
			},
			rowLabel: { en: 'Event', zh: '事件' },
			printRows: 10,
			columns: [
				{ id: 'event', kind: 'text', label: { en: 'Event', zh: '事件' } },
				{ id: 'week', kind: 'date', label: { en: 'Week of', zh: '所在周' } },
				{ id: 'who', kind: 'choice', label: { en: 'Who', zh: '负责方' }, options: WHO },
				{ id: 'gate', kind: 'check', label: { en: 'Go/no-go decision ★', zh: '继续/停止决策 ★' } }
			]
		}
	]
};
