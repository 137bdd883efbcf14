import type { Localized } from '../i18n/locale';
import { VISION_CREATION_ORDER, VISION_REENGINEERING_ORDER, type NineBlockCell } from '../method/nine-block';
import type { Scenario } from '../scenarios/scenario.types';
import { choiceOf, type DialogueContext } from './dialogue-rules';

/** One step of a 9-block order: the first question of `from` should come before the first of `to`. */
export interface OrderStep {
	/** The earlier cell. */
	from: NineBlockCell;
	/** The later cell. */
	to: NineBlockCell;
	/** True when both were asked in that order, false when in the wrong order, null when one was never asked. */
	kept: boolean | null;
}

/** The cells of a named 9-block order. */
export function nineBlockOrder(order: 'creation' | 'reengineering'): readonly NineBlockCell[] {
	return order === 'creation' ? VISION_CREATION_ORDER : VISION_REENGINEERING_ORDER;
}

/** Checks the questions' cells against each consecutive pair of an order. */
export function orderSteps(cells: readonly NineBlockCell[], order: readonly NineBlockCell[]): OrderStep[] {
	return order.slice(1).map((to, i) => {
		const from = order[i]!;
		const a = cells.indexOf(from);
		const b = cells.indexOf(to);
		return { from, to, kept: a < 0 || b < 0 ? null : a < b };
	});
}

/** A rubric dimension's score for one attempt. */
export interface RubricScore {
	/** The dimension's id. */
	id: string;
	/** Its name. */
	label: Localized;
	/** What it measures. */
	description: Localized;
	/** Whole points earned, from 0 to `max`. */
	score: number;
	/** Points for a perfect score. */
	max: number;
	/** The figures behind the score, for the explanation. */
	detail:
		| { kind: 'points'; earned: number }
		| { kind: 'coverage'; found: number; total: number }
		| { kind: 'time'; goodMinutes: number; usedMinutes: number; ranOut: boolean }
		| { kind: 'order'; kept: number; steps: number };
}

const clamp = (value: number, max: number) => Math.round(Math.min(max, Math.max(0, value)));

/** Minutes spent on choices of each grade. */
export function minutesByGrade(context: Pick<DialogueContext, 'scenario' | 'transcript'>): {
	good: number;
	used: number;
} {
	let good = 0;
	let used = 0;
	for (const entry of context.transcript) {
		if (entry.type !== 'choice') continue;
		const minutes = choiceOf(context.scenario, entry.choice)?.minutes ?? 0;
		used += minutes;
		if (entry.grade === 'good') good += minutes;
	}
	return { good, used };
}

/** Scores every rubric dimension of the scenario for a meeting (usually one that has ended). */
export function scoreRubric(context: DialogueContext): RubricScore[] {
	const scenario: Scenario = context.scenario;
	const ending = scenario.endings.find((e) => e.id === context.ending);
	return scenario.rubric.map((dim) => {
		const base = { id: dim.id, label: dim.label, description: dim.description, max: dim.max };
		switch (dim.kind) {
			case 'points': {
				const earned = context.points[dim.id] ?? 0;
				return { ...base, score: clamp(earned, dim.max), detail: { kind: 'points', earned } };
			}
			case 'coverage': {
				const found = dim.of.filter((id) => context.discoveries.includes(id)).length;
				return {
					...base,
					score: clamp((found / dim.of.length) * dim.max, dim.max),
					detail: { kind: 'coverage', found, total: dim.of.length }
				};
			}
			case 'time': {
				const { good, used } = minutesByGrade(context);
				const ranOut = ending?.kind === 'time-up';
				const share = used === 0 ? 0 : good / used;
				return {
					...base,
					score: clamp(share * dim.max * (ranOut ? 0.5 : 1), dim.max),
					detail: { kind: 'time', goodMinutes: good, usedMinutes: used, ranOut }
				};
			}
			case 'order': {
				const steps = orderSteps(context.cells, nineBlockOrder(dim.order));
				const kept = steps.filter((s) => s.kept === true).length;
				return {
					...base,
					score: clamp((kept / steps.length) * dim.max, dim.max),
					detail: { kind: 'order', kept, steps: steps.length }
				};
			}
		}
	});
}

/** The share of all rubric points earned, from 0 to 1. */
export function rubricTotal(scores: readonly RubricScore[]): number {
	const max = scores.reduce((sum, s) => sum + s.max, 0);
	return max === 0 ? 0 : scores.reduce((sum, s) => sum + s.score, 0) / max;
}
