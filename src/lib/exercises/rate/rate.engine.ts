import type { Engine } from '../engine';
import { emptyRateAnswer, gradeRate, keyRateAnswer } from './rate.grade';
import { RateAnswerSchema, type RateAnswer, type ResolvedRate } from './rate.types';

/** The rate type's engine: answer schema, empty answer, key and grader. */
export const rateEngine: Engine<ResolvedRate, RateAnswer> = {
	schema: RateAnswerSchema,
	empty: emptyRateAnswer,
	key: keyRateAnswer,
	grade: gradeRate
};
