import type { NineBlockCell } from '../method/nine-block';
import type { Condition } from './scenario.types';

/** What a condition can look at: the facts of a meeting so far. */
export interface ConditionState {
	/** Discoveries made. */
	discoveries: readonly string[];
	/** Choices chosen. */
	asked: readonly string[];
	/** Meter values by id. */
	meters: Readonly<Record<string, number>>;
	/** Minutes used. */
	clock: number;
	/** 9-block cells of the questions asked. */
	cells: readonly NineBlockCell[];
}

/** True when the condition holds in the state; no condition always holds. */
export function holds(condition: Condition | undefined, state: ConditionState): boolean {
	if (!condition) return true;
	if ('discovered' in condition) return condition.discovered.every((id) => state.discoveries.includes(id));
	if ('notDiscovered' in condition) return condition.notDiscovered.every((id) => !state.discoveries.includes(id));
	if ('asked' in condition) return condition.asked.every((id) => state.asked.includes(id));
	if ('notAsked' in condition) return condition.notAsked.every((id) => !state.asked.includes(id));
	if ('count' in condition) {
		return condition.count.of.filter((id) => state.discoveries.includes(id)).length >= condition.count.atLeast;
	}
	if ('meter' in condition) {
		const value = state.meters[condition.meter] ?? 0;
		return (
			(condition.atLeast === undefined || value >= condition.atLeast) &&
			(condition.atMost === undefined || value <= condition.atMost)
		);
	}
	if ('clock' in condition) {
		const { atLeast, atMost } = condition.clock;
		return (atLeast === undefined || state.clock >= atLeast) && (atMost === undefined || state.clock <= atMost);
	}
	if ('cell' in condition) return state.cells.includes(condition.cell);
	if ('all' in condition) return condition.all.every((c) => holds(c, state));
	if ('any' in condition) return condition.any.some((c) => holds(c, state));
	return !holds(condition.not, state);
}

/** The ids a condition refers to, by what they name, so that a loader can check they exist. */
export interface ConditionRefs {
	/** Discovery ids. */
	discoveries: string[];
	/** Choice ids. */
	choices: string[];
	/** Meter ids with the thresholds compared against them. */
	meters: { id: string; values: number[] }[];
	/** Minute thresholds. */
	clock: number[];
}

/** Collects every id and threshold a condition mentions. */
export function conditionRefs(condition: Condition | undefined, into?: ConditionRefs): ConditionRefs {
	const refs = into ?? { discoveries: [], choices: [], meters: [], clock: [] };
	if (!condition) return refs;
	if ('discovered' in condition) refs.discoveries.push(...condition.discovered);
	else if ('notDiscovered' in condition) refs.discoveries.push(...condition.notDiscovered);
	else if ('asked' in condition) refs.choices.push(...condition.asked);
	else if ('notAsked' in condition) refs.choices.push(...condition.notAsked);
	else if ('count' in condition) refs.discoveries.push(...condition.count.of);
	else if ('meter' in condition) {
		const values = [condition.atLeast, condition.atMost].filter((x): x is number => x !== undefined);
		refs.meters.push({ id: condition.meter, values });
	} else if ('clock' in condition) {
		refs.clock.push(...[condition.clock.atLeast, condition.clock.atMost].filter((x): x is number => x !== undefined));
	} else if ('all' in condition) condition.all.forEach((c) => conditionRefs(c, refs));
	else if ('any' in condition) condition.any.forEach((c) => conditionRefs(c, refs));
	else if ('not' in condition) conditionRefs(condition.not, refs);
	return refs;
}
