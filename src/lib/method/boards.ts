import type { Localized } from '../i18n/locale';

/** A flip-chart template a team fills for its own opportunity (and a trainee in the workbook). */
export interface BoardTemplate {
	/** Stable id, referred to by team exercises in `module.yaml`. */
	id: string;
	/** The board's name. */
	name: Localized;
}

/** Every board template, in course order. Team exercises may only name these ids. */
export const BOARD_TEMPLATES = [
	{ id: 'opportunity', name: { en: 'Our opportunity', zh: '我们的商机' } },
	{ id: 'sales-challenges', name: { en: 'Our sales challenges', zh: '我们的销售挑战' } },
	{ id: 'sam-grid', name: { en: 'SAM grid', zh: 'SAM 矩阵' } },
	{ id: 'initiatives', name: { en: 'Business initiatives (TIM)', zh: '业务发展方针（TIM）' } },
	{ id: 'pain-chain', name: { en: 'Pain chain', zh: '疼痛链' } },
	{ id: 'tech-preferences', name: { en: 'Technology preferences', zh: '技术偏好' } },
	{ id: 'org-map', name: { en: 'Organisation map', zh: '组织关系地图' } },
	{ id: 'nine-block', name: { en: '9-block question sheet', zh: '九宫格问题表' } },
	{ id: 'isc-bridge', name: { en: 'ISC bridge', zh: 'ISC 桥接' } },
	{ id: 'evaluation-plan', name: { en: 'Evaluation plan', zh: '评估计划' } },
	{ id: 'opportunity-assessment', name: { en: 'Opportunity assessment (20 criteria)', zh: '商机评估（20 项标准）' } },
	{ id: 'competitive-strategy', name: { en: 'Competitive strategy', zh: '竞争策略' } },
	{ id: 'value-proposition', name: { en: 'Value proposition', zh: '价值主张' } },
	{ id: 'investment-case', name: { en: 'Investment case', zh: '投资分析' } },
	{ id: 'concerns', name: { en: 'Concerns and responses', zh: '顾虑与应对' } },
	{ id: 'set-met', name: { en: 'Expectations set and met', zh: '期望的设定与达成' } },
	{ id: 'pipeline', name: { en: 'Pipeline and evidence', zh: '销售漏斗与证据' } },
	{ id: 'decision-chain', name: { en: 'Decision chain and coach', zh: '决策链与教练' } },
	{ id: 'project-review', name: { en: 'Project review', zh: '项目评审' } },
	{ id: 'executive-plan', name: { en: 'Executive contact plan', zh: '高层接触计划' } }
] as const satisfies readonly BoardTemplate[];

/** The id of a board template. */
export type BoardTemplateId = (typeof BOARD_TEMPLATES)[number]['id'];

/** The board template ids, for schemas. */
export const BOARD_TEMPLATE_IDS = BOARD_TEMPLATES.map((b) => b.id) as [BoardTemplateId, ...BoardTemplateId[]];
