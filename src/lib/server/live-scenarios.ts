import type { ScenarioSummary } from '../scenarios/scenario.types';
import { getCourse } from './course';
import { getScenarios } from './scenarios';

/** The published role-plays in the order of the course's modules, for the live runner's pickers. */
export function liveScenarios(): ScenarioSummary[] {
	const order = new Map(getCourse().modules.map((m, i) => [m.id, i]));
	const at = (s: ScenarioSummary) => order.get(s.module) ?? order.size;
	return [...getScenarios()].sort((a, b) => at(a) - at(b));
}
