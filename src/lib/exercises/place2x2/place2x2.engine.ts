import type { Engine } from '../engine';
import { emptyPlace2x2Answer, gradePlace2x2, keyPlace2x2Answer } from './place2x2.grade';
import type { Place2x2Answer, ResolvedPlace2x2 } from './place2x2.types';

/** The place2x2 type's engine: empty answer, key, grader, and the answer schema on demand. */
export const place2x2Engine: Engine<ResolvedPlace2x2, Place2x2Answer> = {
	answerSchema: () => import('./place2x2.types').then((types) => types.Place2x2AnswerSchema),
	empty: emptyPlace2x2Answer,
	key: keyPlace2x2Answer,
	grade: gradePlace2x2
};
