import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { baseEntries, ChoiceSchema, ExplanationMapSchema } from '../def';

/** The fields of a step of the method that can serve as a match column. */
export const STEP_FIELDS = ['selling', 'outcome', 'stage'] as const;

/**
 * A match exercise file. Written out: `columns` with their options and `prompts` with a `key` per
 * column. Or `source: ssm-steps`: the prompts are the customer's seven buying steps, the columns
 * name step fields (`selling`, `outcome`, `stage`) without options, and `explanations` are keyed
 * by step id.
 */
export const MatchDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('match'),
	source: v.optional(v.picklist(['ssm-steps'])),
	promptName: LocalizedSchema,
	columns: v.pipe(
		v.array(v.strictObject({ id: Id, name: LocalizedSchema, options: v.optional(v.array(ChoiceSchema)) })),
		v.minLength(1)
	),
	prompts: v.optional(
		v.array(
			v.strictObject({
				id: Id,
				text: LocalizedSchema,
				key: v.record(Id, Id),
				explanation: LocalizedSchema
			})
		)
	),
	explanations: v.optional(ExplanationMapSchema)
});

/** A match exercise as written. */
export type MatchDef = v.InferOutput<typeof MatchDefSchema>;
