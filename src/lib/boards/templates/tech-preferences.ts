import { ISC_AREAS } from '../../method/isc';
import type { BoardDef } from '../board.types';

/** Technology preferences by ISC area: what the customer thinks before we try to change its mind. */
export const techPreferencesBoard: BoardDef = {
	id: 'tech-preferences',
	purpose: {
		en: 'What the customer prefers and has installed, area by area: know what they think before you try to change their mind.',
		zh: '按领域列出客户的技术偏好和已安装的技术：先了解对方的想法，再考虑如何改变它。'
	},
	sections: [
		{
			kind: 'grid',
			id: 'areas',
			title: { en: 'By area of the Integrated Solution Construct', zh: '按整体解决方案框架的领域' },
			layout: 'table',
			rows: ISC_AREAS.map((a) => ({ id: a.id, label: a.name, hint: a.covers })),
			columns: [
				{ id: 'general', kind: 'longText', label: { en: 'General preferences', zh: '总体偏好' } },
				{ id: 'specific', kind: 'longText', label: { en: 'Specific installed technology', zh: '已安装的具体技术' } }
			]
		}
	]
};
