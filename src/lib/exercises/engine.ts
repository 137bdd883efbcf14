import * as v from 'valibot';
import type { GradeResult } from './common';

/** One exercise type's engine: its answer schema, an empty answer, the key as an answer, and its grader. */
export interface Engine<E, A> {
	/** The shape of a saved answer. */
	schema: v.GenericSchema<unknown, A>;
	/** An answer with nothing filled in. */
	empty: (ex: E) => A;
	/** The answer key as an answer. */
	key: (ex: E) => A;
	/** The pure grader. */
	grade: (ex: E, answer: A) => GradeResult;
}

/** A saved answer if it still fits the engine's shape, else undefined. */
export function parseWith<E, A>(engine: Engine<E, A>, data: unknown): A | undefined {
	const result = v.safeParse(engine.schema, data);
	return result.success ? result.output : undefined;
}

/** Grades any answer with an engine; one that does not fit its shape is graded as empty. */
export function gradeWith<E, A>(engine: Engine<E, A>, ex: E, answer: unknown): GradeResult {
	return engine.grade(ex, parseWith(engine, answer) ?? engine.empty(ex));
}
