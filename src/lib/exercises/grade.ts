import type { GenericSchema } from 'valibot';
import { parseAnswerData } from './answer-schema';
import type { GradeResult } from './common';
import type { Engine } from './engine';
import type { ResolvedExercise } from './resolved';
import { classifyEngine } from './classify/classify.engine';
import { orderEngine } from './order/order.engine';
import { matchEngine } from './match/match.engine';
import { place2x2Engine } from './place2x2/place2x2.engine';
import { statementEngine } from './statement/statement.engine';
import { chainEngine } from './chain/chain.engine';
import { templateEngine } from './template/template.engine';
import { rateEngine } from './rate/rate.engine';
import { treeEngine } from './tree/tree.engine';
import { computeEngine } from './compute/compute.engine';
import { ClassifyAnswerSchema } from './classify/classify.types';
import { OrderAnswerSchema } from './order/order.types';
import { MatchAnswerSchema } from './match/match.types';
import { Place2x2AnswerSchema } from './place2x2/place2x2.types';
import { StatementAnswerSchema } from './statement/statement.types';
import { ChainAnswerSchema } from './chain/chain.types';
import { TemplateAnswerSchema } from './template/template.types';
import { RateAnswerSchema } from './rate/rate.types';
import { TreeAnswerSchema } from './tree/tree.types';
import { ComputeAnswerSchema } from './compute/compute.types';

// Every engine, for code that handles any type at once (tests, tools). Pages load one type's
// engine with its component instead.
const engines = {
	classify: classifyEngine,
	order: orderEngine,
	match: matchEngine,
	place2x2: place2x2Engine,
	statement: statementEngine,
	chain: chainEngine,
	template: templateEngine,
	rate: rateEngine,
	tree: treeEngine,
	compute: computeEngine
} satisfies Record<ResolvedExercise['type'], unknown>;

// Every answer schema, at hand: what the engines load on demand (`Engine.answerSchema`).
const answerSchemas = {
	classify: ClassifyAnswerSchema,
	order: OrderAnswerSchema,
	match: MatchAnswerSchema,
	place2x2: Place2x2AnswerSchema,
	statement: StatementAnswerSchema,
	chain: ChainAnswerSchema,
	template: TemplateAnswerSchema,
	rate: RateAnswerSchema,
	tree: TreeAnswerSchema,
	compute: ComputeAnswerSchema
} satisfies Record<ResolvedExercise['type'], GenericSchema>;

/** An exercise type's engine. */
export function engineFor(type: ResolvedExercise['type']): Engine<ResolvedExercise, unknown> {
	return engines[type] as unknown as Engine<ResolvedExercise, unknown>;
}

function engineOf(ex: ResolvedExercise): Engine<ResolvedExercise, unknown> {
	return engineFor(ex.type);
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
	return parseAnswerData(answerSchemaOf(ex.type), data);
}

/** The answer schema an exercise type's engine loads on demand. */
export function answerSchemaOf(type: ResolvedExercise['type']): GenericSchema {
	return answerSchemas[type];
}

/** Grades any answer; one that does not fit the type's shape is graded as empty. */
export function gradeExercise(ex: ResolvedExercise, answer: unknown): GradeResult {
	return engineOf(ex).grade(ex, parseAnswer(ex, answer) ?? emptyAnswer(ex));
}
