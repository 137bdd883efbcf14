// What saved answers are checked with. Kept apart from the graders and views, so that a page
// loads it, and the validation library, only when it restores a saved answer.
import { record, safeParse, string, type GenericSchema } from 'valibot';

/** An answer mapping item ids to chosen option ids. */
export const ChoiceMapSchema = record(string(), string());

/** An answer mapping item ids to a chosen option id per part. */
export const NestedChoiceMapSchema = record(string(), record(string(), string()));

/** Data that fits an answer schema, else undefined. */
export function parseAnswerData<A>(schema: GenericSchema<unknown, A>, data: unknown): A | undefined {
	const result = safeParse(schema, data);
	return result.success ? result.output : undefined;
}
