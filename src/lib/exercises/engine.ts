import type { GenericSchema } from 'valibot';
import type { GradeResult } from './common';

/** One exercise type's engine: an empty answer, the key as an answer, its grader, and its answer schema. */
export interface Engine<E, A> {
	/**
	 * Loads the shape of a saved answer. Only restoring a saved answer needs it, so that a page
	 * opened with nothing saved downloads neither the schema nor the validation library.
	 */
	answerSchema: () => Promise<GenericSchema<unknown, A>>;
	/** An answer with nothing filled in. */
	empty: (ex: E) => A;
	/** The answer key as an answer. */
	key: (ex: E) => A;
	/** The pure grader. */
	grade: (ex: E, answer: A) => GradeResult;
}

/** A saved answer if it still fits the engine's shape, else undefined. */
export async function parseWith<E, A>(engine: Engine<E, A>, data: unknown): Promise<A | undefined> {
	const [schema, { parseAnswerData }] = await Promise.all([engine.answerSchema(), import('./answer-schema')]);
	return parseAnswerData(schema, data);
}
