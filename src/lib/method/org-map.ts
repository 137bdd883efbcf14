import type { Localized } from '../i18n/locale';

/** A value of one of the organisation map's four attributes, with its symbol. */
export interface OrgAttributeValue<Id extends string> {
	/** Stable id. */
	id: Id;
	/** The symbol drawn on the map. */
	symbol: string;
	/** The value's name. */
	name: Localized;
}

/** Formal buying roles. */
export const BUYING_ROLES = [
	{ id: 'A', symbol: 'A', name: { en: 'Approver', zh: '最终批准者' } },
	{ id: 'D', symbol: 'D', name: { en: 'Decision maker', zh: '决策者' } },
	{ id: 'E', symbol: 'E', name: { en: 'Evaluator', zh: '评估者' } },
	{ id: 'U', symbol: 'U', name: { en: 'User', zh: '使用者' } }
] as const satisfies readonly OrgAttributeValue<string>[];

/** Adaptability to change. */
export const ADAPTABILITY = [
	{ id: 'I', symbol: 'I', name: { en: 'Innovator', zh: '革新者' } },
	{ id: 'V', symbol: 'V', name: { en: 'Visionary', zh: '远见者' } },
	{ id: 'P', symbol: 'P', name: { en: 'Pragmatist', zh: '实用主义者' } },
	{ id: 'C', symbol: 'C', name: { en: 'Conservative', zh: '保守者' } },
	{ id: 'L', symbol: 'L', name: { en: 'Laggard', zh: '落后者' } }
] as const satisfies readonly OrgAttributeValue<string>[];

/** Attitude to us. */
export const ATTITUDES = [
	{ id: 'sponsor', symbol: '*', name: { en: 'Sponsor', zh: '赞助者' } },
	{ id: 'supporter', symbol: '+', name: { en: 'Supporter', zh: '支持者' } },
	{ id: 'neutral', symbol: '=', name: { en: 'Neutral', zh: '中立者' } },
	{ id: 'non-supporter', symbol: '−', name: { en: 'Non-supporter', zh: '不支持者' } },
	{ id: 'enemy', symbol: 'x', name: { en: 'Enemy', zh: '反对者' } }
] as const satisfies readonly OrgAttributeValue<string>[];

/** How well we cover a person. */
export const COVERAGE = [
	{ id: 'none', symbol: '0', name: { en: 'No contact', zh: '没有联系' } },
	{ id: 'little', symbol: '1', name: { en: 'Little contact', zh: '很少联系' } },
	{ id: 'several', symbol: '2', name: { en: 'Several contacts', zh: '多次联系' } },
	{ id: 'deep', symbol: '3', name: { en: 'Deep contact', zh: '深入联系' } }
] as const satisfies readonly OrgAttributeValue<string>[];

/** A formal buying role id. */
export type BuyingRole = (typeof BUYING_ROLES)[number]['id'];
/** An adaptability id. */
export type Adaptability = (typeof ADAPTABILITY)[number]['id'];
/** An attitude id. */
export type Attitude = (typeof ATTITUDES)[number]['id'];
/** A coverage id. */
export type Coverage = (typeof COVERAGE)[number]['id'];

/** The four attributes and their names. */
export const ORG_ATTRIBUTES = {
	role: { en: 'Formal buying role', zh: '正式的购买角色' },
	adaptability: { en: 'Adaptability to change', zh: '面对变化的适应能力' },
	attitude: { en: 'Attitude to us', zh: '对我方的态度' },
	coverage: { en: 'Coverage', zh: '覆盖程度' }
} as const satisfies Record<string, Localized>;
