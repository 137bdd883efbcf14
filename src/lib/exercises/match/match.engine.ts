import type { Engine } from '../engine';
import { emptyMatchAnswer, gradeMatch, keyMatchAnswer } from './match.grade';
import { MatchAnswerSchema, type MatchAnswer, type ResolvedMatch } from './match.types';

/** The match type's engine: answer schema, empty answer, key and grader. */
export const matchEngine: Engine<ResolvedMatch, MatchAnswer> = {
	schema: MatchAnswerSchema,
	empty: emptyMatchAnswer,
	key: keyMatchAnswer,
	grade: gradeMatch
};
