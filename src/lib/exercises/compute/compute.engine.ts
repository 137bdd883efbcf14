import type { Engine } from '../engine';
import { emptyComputeAnswer, gradeCompute, keyComputeAnswer } from './compute.grade';
import { ComputeAnswerSchema, type ComputeAnswer, type ResolvedCompute } from './compute.types';

/** The compute type's engine: answer schema, empty answer, key and grader. */
export const computeEngine: Engine<ResolvedCompute, ComputeAnswer> = {
	schema: ComputeAnswerSchema,
	empty: emptyComputeAnswer,
	key: keyComputeAnswer,
	grade: gradeCompute
};
