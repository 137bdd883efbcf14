import type { BoardDef } from '../board.types';
import { FOCUS } from './options';

/** Business initiatives in the two-part model (TIM): desired result BY planned activity. */
export const initiativesBoard: BoardDef = {
	id: 'initiatives',
	purpose: {
		en: "The customer's key business initiatives for the next 12 to 18 months, each written as a desired result by a planned activity, with the one our opportunity serves marked.",
		zh: '客户未来 12 到 18 个月的关键业务发展方针，每条都写成“期望的业务成果 + 通过 + 计划的业务活动”，并标出我们的商机所支持的那一条。'
	},
	sections: [
		{
			kind: 'guide',
			id: 'model',
			title: { en: 'The two-part model', zh: '两段论模型' },
			items: [
				{
					en: 'Desired business result: measurable, actionable, with a compelling reason to act now.',
					zh: '期望的业务成果：可衡量、可执行，并且有立即行动的迫切理由。'
				},
				{
					en: 'BY a planned business activity: action-based, broad rather than too specific, on a business priority.',
					zh: '通过计划的业务活动：以行动为基础，宁宽勿窄，聚焦业务重点。'
				},
				{
					en: 'Example: grow revenue by putting an IT solution into use.',
					zh: '例如：通过实施 IT 解决方案来提升营收。'
				}
			]
		},
		{
			kind: 'table',
			id: 'initiatives',
			title: { en: 'Initiatives', zh: '业务发展方针' },
			rowLabel: { en: 'Initiative', zh: '方针' },
			printRows: 6,
			columns: [
				{ id: 'focus', kind: 'choice', label: { en: 'Focus', zh: '关注点' }, options: FOCUS },
				{ id: 'result', kind: 'text', label: { en: 'Desired business result', zh: '期望的业务成果' } },
				{ id: 'activity', kind: 'text', label: { en: 'BY (planned business activity)', zh: '通过（计划的业务活动）' } },
				{
					id: 'priority',
					kind: 'number',
					label: { en: 'Priority', zh: '优先级' },
					hint: { en: '1 is the most critical.', zh: '1 表示最关键。' }
				},
				{ id: 'reason', kind: 'longText', label: { en: 'Compelling reason to act', zh: '迫切的行动理由' } },
				{ id: 'owner', kind: 'text', label: { en: 'Owner', zh: '负责人' } },
				{ id: 'ours', kind: 'check', label: { en: 'Our opportunity serves it', zh: '我们的商机支持这一条' } }
			]
		}
	]
};
