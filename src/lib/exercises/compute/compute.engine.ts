import type { Engine } from '../engine';
import { emptyComputeAnswer, gradeCompute, keyComputeAnswer } from './compute.grade';
import type { ComputeAnswer, ResolvedCompute } from './compute.types';

/** The compute type's engine: empty answer, key, grader, and the answer schema on demand. */
export const computeEngine: Engine<ResolvedCompute, ComputeAnswer> = {
	answerSchema: () => import('./compute.types').then((types) => types.ComputeAnswerSchema),
	empty: emptyComputeAnswer,
	key: keyComputeAnswer,
	grade: gradeCompute
};
