import * as v from 'valibot';
import { emptyChainAnswer, gradeChain, keyChainAnswer } from './chain/chain.grade';
import { ChainAnswerSchema } from './chain/chain.types';
import { emptyClassifyAnswer, gradeClassify, keyClassifyAnswer } from './classify/classify.grade';
import { ClassifyAnswerSchema } from './classify/classify.types';
import type { GradeResult } from './common';
import { emptyComputeAnswer, gradeCompute, keyComputeAnswer } from './compute/compute.grade';
import { ComputeAnswerSchema } from './compute/compute.types';
import { emptyMatchAnswer, gradeMatch, keyMatchAnswer } from './match/match.grade';
import { MatchAnswerSchema } from './match/match.types';
import { emptyOrderAnswer, gradeOrder, keyOrderAnswer } from './order/order.grade';
import { OrderAnswerSchema } from './order/order.types';
import { emptyPlace2x2Answer, gradePlace2x2, keyPlace2x2Answer } from './place2x2/place2x2.grade';
import { Place2x2AnswerSchema } from './place2x2/place2x2.types';
import { emptyRateAnswer, gradeRate, keyRateAnswer } from './rate/rate.grade';
import { RateAnswerSchema } from './rate/rate.types';
import type { ResolvedExercise } from './resolved';
import { emptyStatementAnswer, gradeStatement, keyStatementAnswer } from './statement/statement.grade';
import { StatementAnswerSchema } from './statement/statement.types';
import { emptyTemplateAnswer, gradeTemplate, keyTemplateAnswer } from './template/template.grade';
import { TemplateAnswerSchema } from './template/template.types';
import { emptyTreeAnswer, gradeTree, keyTreeAnswer } from './tree/tree.grade';
import { TreeAnswerSchema } from './tree/tree.types';

/** One exercise type's engine: its answer schema, an empty answer, the key as an answer, and its grader. */
interface Engine<E extends ResolvedExercise, A> {
	schema: v.GenericSchema<unknown, A>;
	empty: (ex: E) => A;
	key: (ex: E) => A;
	grade: (ex: E, answer: A) => GradeResult;
}

const engines = {
	classify: { schema: ClassifyAnswerSchema, empty: emptyClassifyAnswer, key: keyClassifyAnswer, grade: gradeClassify },
	order: { schema: OrderAnswerSchema, empty: emptyOrderAnswer, key: keyOrderAnswer, grade: gradeOrder },
	match: { schema: MatchAnswerSchema, empty: emptyMatchAnswer, key: keyMatchAnswer, grade: gradeMatch },
	place2x2: { schema: Place2x2AnswerSchema, empty: emptyPlace2x2Answer, key: keyPlace2x2Answer, grade: gradePlace2x2 },
	statement: {
		schema: StatementAnswerSchema,
		empty: emptyStatementAnswer,
		key: keyStatementAnswer,
		grade: gradeStatement
	},
	chain: { schema: ChainAnswerSchema, empty: emptyChainAnswer, key: keyChainAnswer, grade: gradeChain },
	template: { schema: TemplateAnswerSchema, empty: emptyTemplateAnswer, key: keyTemplateAnswer, grade: gradeTemplate },
	rate: { schema: RateAnswerSchema, empty: emptyRateAnswer, key: keyRateAnswer, grade: gradeRate },
	tree: { schema: TreeAnswerSchema, empty: emptyTreeAnswer, key: keyTreeAnswer, grade: gradeTree },
	compute: { schema: ComputeAnswerSchema, empty: emptyComputeAnswer, key: keyComputeAnswer, grade: gradeCompute }
} satisfies Record<ResolvedExercise['type'], unknown>;

function engineOf(ex: ResolvedExercise): Engine<ResolvedExercise, unknown> {
	return engines[ex.type] as unknown as Engine<ResolvedExercise, unknown>;
}

/** An answer with nothing filled in, in the exercise type's shape. */
export function emptyAnswer(ex: ResolvedExercise): unknown {
	return engineOf(ex).empty(ex);
}

/** The answer key as an answer, in the exercise type's shape. */
export function keyAnswer(ex: ResolvedExercise): unknown {
	return engineOf(ex).key(ex);
}

/** A saved answer if it still fits the exercise type's shape, else undefined. */
export function parseAnswer(ex: ResolvedExercise, data: unknown): unknown {
	const result = v.safeParse(engineOf(ex).schema, data);
	return result.success ? result.output : undefined;
}

/** Grades any answer; one that does not fit the type's shape is graded as empty. */
export function gradeExercise(ex: ResolvedExercise, answer: unknown): GradeResult {
	const engine = engineOf(ex);
	const parsed = v.safeParse(engine.schema, answer);
	return engine.grade(ex, parsed.success ? parsed.output : engine.empty(ex));
}
