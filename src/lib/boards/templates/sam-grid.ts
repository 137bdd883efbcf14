import { SAM_AXES, SAM_QUADRANTS } from '../../method/sam';
import type { BoardDef, ChoiceOption } from '../board.types';

const quadrants: ChoiceOption[] = SAM_QUADRANTS.map((q) => ({ id: q.id, label: q.name }));

/** The strategic alignment model: where the customer stands and where it is heading. */
export const samGridBoard: BoardDef = {
	id: 'sam-grid',
	purpose: {
		en: 'Place the customer on the strategic alignment model: how much it focuses on cost and on revenue today, and where its initiatives are taking it.',
		zh: '把客户放到战略协调模式上：它目前对成本和收入各有多关注，它的业务发展方针又在把它带向哪里。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'position',
			title: { en: 'Position', zh: '定位' },
			fields: [
				{
					id: 'now',
					kind: 'choice',
					label: { en: 'Where the customer is now', zh: '客户目前所处的位置' },
					options: quadrants
				},
				{
					id: 'heading',
					kind: 'choice',
					label: { en: 'Where it is heading', zh: '客户前进的方向' },
					options: quadrants
				}
			]
		},
		{
			kind: 'grid',
			id: 'quadrants',
			title: { en: 'The grid', zh: '矩阵' },
			intro: {
				en: `${SAM_AXES.cost.en} runs left to right, ${SAM_AXES.revenue.en.toLowerCase()} bottom to top. Note what you see that puts the customer in each quadrant.`,
				zh: `横轴为${SAM_AXES.cost.zh}（由低到高），纵轴为${SAM_AXES.revenue.zh}（由低到高）。写下让你把客户放进各象限的依据。`
			},
			layout: 'quadrants',
			markers: ['now', 'heading'],
			axes: { x: SAM_AXES.cost, y: SAM_AXES.revenue },
			rows: SAM_QUADRANTS.map((q) => ({
				id: q.id,
				label: q.name,
				hint: {
					en: `${SAM_AXES.cost.en}: ${SAM_AXES[q.cost].en.toLowerCase()} · ${SAM_AXES.revenue.en}: ${SAM_AXES[q.revenue].en.toLowerCase()}`,
					zh: `${SAM_AXES.cost.zh}：${SAM_AXES[q.cost].zh} · ${SAM_AXES.revenue.zh}：${SAM_AXES[q.revenue].zh}`
				}
			})),
			columns: [{ id: 'evidence', kind: 'longText', label: { en: 'What points here', zh: '依据' } }]
		},
		{
			kind: 'fields',
			id: 'direction',
			title: { en: 'The questions the grid raises', zh: '矩阵引出的问题' },
			fields: [
				{
					id: 'direction',
					kind: 'longText',
					label: { en: 'Strategic direction for the next one to three years', zh: '未来一到三年的战略方向' }
				},
				{ id: 'time', kind: 'text', label: { en: 'Time to get there', zh: '实现所需的时间' } },
				{ id: 'actions', kind: 'longText', label: { en: 'Concrete actions on the way', zh: '实现方向的具体行动' } }
			]
		}
	]
};
