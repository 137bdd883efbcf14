import type { Engine } from '../engine';
import { emptyRateAnswer, gradeRate, keyRateAnswer } from './rate.grade';
import type { RateAnswer, ResolvedRate } from './rate.types';

/** The rate type's engine: empty answer, key, grader, and the answer schema on demand. */
export const rateEngine: Engine<ResolvedRate, RateAnswer> = {
	answerSchema: () => import('./rate.types').then((types) => types.RateAnswerSchema),
	empty: emptyRateAnswer,
	key: keyRateAnswer,
	grade: gradeRate
};
