import type { GradeResult, ItemResult } from '$lib/exercises/common';

/** The props every exercise type's component takes: the exercise, the answer it shows and changes, and the grade once checked. */
export interface ExerciseViewProps<E, A> {
	/** The resolved exercise. */
	exercise: E;
	/** The learner's answer so far. */
	answer: A;
	/** The grade, once the answer is checked; the component is then read-only. */
	result?: GradeResult;
	/** This attempt's seed, which fixes the shuffled order of items and options. */
	seed: number;
	/** Called with the changed answer (a new object; the old one is never modified). */
	onchange: (answer: A) => void;
}

/** The grade of one item, if the answer is checked. */
export function itemOf(result: GradeResult | undefined, id: string): ItemResult | undefined {
	return result?.items.find((i) => i.id === id);
}
