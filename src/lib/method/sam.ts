import type { Localized } from '../i18n/locale';

/** A quadrant of the strategic alignment model (SAM): cost focus against revenue focus. */
export interface SamQuadrant {
	/** Stable id. */
	id: 'laggard' | 'efficient' | 'dominator' | 'leader';
	/** How much the company focuses on cost. */
	cost: 'low' | 'high';
	/** How much the company focuses on revenue. */
	revenue: 'low' | 'high';
	/** The quadrant's name. */
	name: Localized;
}

/** The id of a SAM quadrant. */
export type SamQuadrantId = SamQuadrant['id'];

/** The four quadrants of the SAM grid. */
export const SAM_QUADRANTS: readonly SamQuadrant[] = [
	{ id: 'laggard', cost: 'low', revenue: 'low', name: { en: 'Industry laggard', zh: '行业落后企业' } },
	{ id: 'efficient', cost: 'high', revenue: 'low', name: { en: 'Operationally efficient', zh: '运营高效企业' } },
	{ id: 'dominator', cost: 'low', revenue: 'high', name: { en: 'Market dominator', zh: '市场主导企业' } },
	{ id: 'leader', cost: 'high', revenue: 'high', name: { en: 'Industry leader', zh: '行业领先企业' } }
];

/** The SAM grid's axes. */
export const SAM_AXES = {
	cost: { en: 'Cost focus', zh: '关注成本' },
	revenue: { en: 'Revenue focus', zh: '关注收入' },
	low: { en: 'Low', zh: '低' },
	high: { en: 'High', zh: '高' }
} as const satisfies Record<string, Localized>;

/** The quadrant with the given id. */
export function samQuadrant(id: SamQuadrantId): SamQuadrant {
	return SAM_QUADRANTS.find((q) => q.id === id)!;
}
