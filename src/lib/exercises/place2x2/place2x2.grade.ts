import { gradeOf, itemResult, own, type GradeResult } from '../common';
import type { Place2x2Answer, ResolvedPlace2x2 } from './place2x2.types';

/** An answer with nothing placed. */
export function emptyPlace2x2Answer(): Place2x2Answer {
	return { choices: {} };
}

/** The answer key as an answer. */
export function keyPlace2x2Answer(ex: ResolvedPlace2x2): Place2x2Answer {
	return { choices: Object.fromEntries(ex.items.map((i) => [i.id, i.quadrant])) };
}

/** Grades a placement: full credit for the right quadrant, partial credit where the key allows it. */
export function gradePlace2x2(ex: ResolvedPlace2x2, answer: Place2x2Answer): GradeResult {
	return gradeOf(
		ex.items.map((item) => {
			const chosen = own(answer.choices, item.id);
			const score = chosen === item.quadrant ? 1 : (item.partial.find((p) => p.choice === chosen)?.credit ?? 0);
			const expected = ex.quadrants.find((q) => q.id === item.quadrant)!.name;
			return itemResult(item.id, score, chosen !== undefined, expected, item.explanation);
		})
	);
}
