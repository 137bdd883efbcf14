import type { Engine } from '../engine';
import { emptyStatementAnswer, gradeStatement, keyStatementAnswer } from './statement.grade';
import type { StatementAnswer, ResolvedStatement } from './statement.types';

/** The statement type's engine: empty answer, key, grader, and the answer schema on demand. */
export const statementEngine: Engine<ResolvedStatement, StatementAnswer> = {
	answerSchema: () => import('./statement.types').then((types) => types.StatementAnswerSchema),
	empty: emptyStatementAnswer,
	key: keyStatementAnswer,
	grade: gradeStatement
};
