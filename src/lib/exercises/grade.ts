import type { GradeResult } from './common';
import { gradeWith, parseWith, type Engine } from './engine';
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
	return parseWith(engineOf(ex), data);
}

/** Grades any answer; one that does not fit the type's shape is graded as empty. */
export function gradeExercise(ex: ResolvedExercise, answer: unknown): GradeResult {
	return gradeWith(engineOf(ex), ex, answer);
}
