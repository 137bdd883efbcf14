import type { Engine } from '../engine';
import { emptyClassifyAnswer, gradeClassify, keyClassifyAnswer } from './classify.grade';
import type { ClassifyAnswer, ResolvedClassify } from './classify.types';

/** The classify type's engine: empty answer, key, grader, and the answer schema on demand. */
export const classifyEngine: Engine<ResolvedClassify, ClassifyAnswer> = {
	answerSchema: () => import('./classify.types').then((types) => types.ClassifyAnswerSchema),
	empty: emptyClassifyAnswer,
	key: keyClassifyAnswer,
	grade: gradeClassify
};
