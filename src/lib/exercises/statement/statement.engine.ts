import type { Engine } from '../engine';
import { emptyStatementAnswer, gradeStatement, keyStatementAnswer } from './statement.grade';
import { StatementAnswerSchema, type StatementAnswer, type ResolvedStatement } from './statement.types';

/** The statement type's engine: answer schema, empty answer, key and grader. */
export const statementEngine: Engine<ResolvedStatement, StatementAnswer> = {
	schema: StatementAnswerSchema,
	empty: emptyStatementAnswer,
	key: keyStatementAnswer,
	grade: gradeStatement
};
