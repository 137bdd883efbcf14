import type { Engine } from '../engine';
import { emptyClassifyAnswer, gradeClassify, keyClassifyAnswer } from './classify.grade';
import { ClassifyAnswerSchema, type ClassifyAnswer, type ResolvedClassify } from './classify.types';

/** The classify type's engine: answer schema, empty answer, key and grader. */
export const classifyEngine: Engine<ResolvedClassify, ClassifyAnswer> = {
	schema: ClassifyAnswerSchema,
	empty: emptyClassifyAnswer,
	key: keyClassifyAnswer,
	grade: gradeClassify
};
