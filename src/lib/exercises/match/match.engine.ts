import type { Engine } from '../engine';
import { emptyMatchAnswer, gradeMatch, keyMatchAnswer } from './match.grade';
import type { MatchAnswer, ResolvedMatch } from './match.types';

/** The match type's engine: empty answer, key, grader, and the answer schema on demand. */
export const matchEngine: Engine<ResolvedMatch, MatchAnswer> = {
	answerSchema: () => import('./match.types').then((types) => types.MatchAnswerSchema),
	empty: emptyMatchAnswer,
	key: keyMatchAnswer,
	grade: gradeMatch
};
