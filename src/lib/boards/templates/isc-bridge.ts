import { ISC_AREAS } from '../../method/isc';
import type { BoardDef } from '../board.types';

/** The ISC bridge: from the customer's requirements, through possible designs, to a preliminary solution. */
export const iscBridgeBoard: BoardDef = {
	id: 'isc-bridge',
	purpose: {
		en: "Bridge the customer's problem to a preliminary solution: for each area of the Integrated Solution Construct, a key requirement, several possible designs and the design you recommend.",
		zh: '把客户的问题桥接到初步解决方案：在整体解决方案框架的每个领域写出一项关键需求、几种可能的设计，以及推荐的方案。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'from',
			title: { en: 'Where the bridge starts', zh: '桥接的起点' },
			fields: [
				{
					id: 'initiative',
					kind: 'text',
					label: { en: 'Business initiative and drivers', zh: '业务发展方针与驱动因素' }
				},
				{ id: 'problems', kind: 'longText', label: { en: 'Problems to solve', zh: '要解决的问题' } }
			]
		},
		{
			kind: 'grid',
			id: 'bridge',
			title: { en: 'Requirements → possible designs → preliminary solution', zh: '需求 → 可能的设计 → 初步解决方案' },
			layout: 'table',
			rows: ISC_AREAS.map((a) => ({ id: a.id, label: a.name, hint: a.covers })),
			columns: [
				{ id: 'requirement', kind: 'longText', label: { en: 'Key requirement', zh: '关键需求' } },
				{ id: 'designs', kind: 'longText', label: { en: 'Possible designs', zh: '可能的设计' } },
				{ id: 'solution', kind: 'longText', label: { en: 'Preliminary solution', zh: '初步解决方案' } }
			]
		},
		{
			kind: 'fields',
			id: 'to',
			title: { en: 'Where it leads', zh: '桥接的终点' },
			fields: [
				{
					id: 'value',
					kind: 'longText',
					label: { en: 'Refined value statement', zh: '细化的价值陈述' },
					hint: {
						en: 'The value in the customer’s own terms, with numbers where you have them.',
						zh: '用客户自己的语言表述价值，能量化的尽量给出数字。'
					}
				}
			]
		},
		{
			kind: 'guide',
			id: 'method',
			title: { en: 'Bridging well', zh: '做好桥接' },
			items: [
				{
					en: 'Understand the needs and rank them (the 9-block model helps).',
					zh: '理解需求并排出先后（可借助九宫格模型）。'
				},
				{ en: 'Consider several possible designs in every area.', zh: '每个领域都考虑几种可能的设计。' },
				{ en: 'Bring the resources together and recommend the best fit.', zh: '整合资源，推荐最合适的方案。' }
			]
		}
	]
};
