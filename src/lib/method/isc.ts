import type { Localized } from '../i18n/locale';

/** An area of the Integrated Solution Construct (ISC). */
export interface IscArea {
	/** Stable id. */
	id: 'applications' | 'systems' | 'management' | 'services';
	/** The area's name. */
	name: Localized;
	/** What the area covers. */
	covers: Localized;
}

/** The id of an ISC area. */
export type IscAreaId = IscArea['id'];

/** The four areas of the ISC, in the course's order. */
export const ISC_AREAS: readonly IscArea[] = [
	{
		id: 'applications',
		name: { en: 'Applications', zh: '应用软件' },
		covers: { en: 'The specific functions the solution performs', zh: '解决方案实现的具体功能' }
	},
	{
		id: 'systems',
		name: { en: 'Systems & network', zh: '系统与网络' },
		covers: { en: 'The medium that delivers those functions', zh: '实现这些功能的载体' }
	},
	{
		id: 'management',
		name: { en: 'Systems management', zh: '系统管理' },
		covers: { en: 'Managing that medium', zh: '对这一载体的管理' }
	},
	{
		id: 'services',
		name: { en: 'Services', zh: '服务' },
		covers: { en: 'Skills, knowledge and experience', zh: '技能、知识和经验' }
	}
];

/** The ids of the ISC areas, for schemas. */
export const ISC_AREA_IDS = ISC_AREAS.map((a) => a.id) as [IscAreaId, ...IscAreaId[]];
