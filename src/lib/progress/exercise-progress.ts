/** What the learner has done with one scored exercise. */
export interface ExerciseProgress {
	/** The best score so far, from 0 to 1; a retry never lowers it. */
	best: number;
	/** The score of the latest check, from 0 to 1. */
	last: number;
	/** How many times the learner has checked an answer. */
	attempts: number;
	/** The latest answer, in the exercise type's own shape, so that it can be shown again. */
	answer: unknown;
	/** When the learner last checked an answer. */
	checkedAt: string;
}

/** The record id of an exercise's progress. */
export function exerciseProgressId(exerciseId: string): string {
	return `exercise:${exerciseId}`;
}

/** The progress after checking an answer: the best score is kept. Pure. */
export function recordCheck(
	previous: ExerciseProgress | undefined,
	score: number,
	answer: unknown,
	checkedAt: string
): ExerciseProgress {
	return {
		best: Math.max(previous?.best ?? 0, score),
		last: score,
		attempts: (previous?.attempts ?? 0) + 1,
		answer,
		checkedAt
	};
}

// The kinds' references live in the registry, so that the store every page loads does not carry
// this module.
export { exerciseProgressKind } from '../persistence/registry';
