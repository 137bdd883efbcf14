import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { baseEntries, ChoiceSchema } from '../def';
import { PIPELINE_STAGES } from './compute.models';

/**
 * A field of a compute file. A number names the model `value` that is its answer (the unit comes
 * from the model) and a `tolerance`; a choice lists `options` and gives the `answer` id, or names
 * a model `value` that is one. `{name}` in the explanation shows a model value.
 */
export const ComputeFieldDefSchema = v.strictObject({
	id: Id,
	label: LocalizedSchema,
	value: v.optional(v.string()),
	tolerance: v.optional(v.pipe(v.number(), v.minValue(0))),
	options: v.optional(v.pipe(v.array(ChoiceSchema), v.minLength(2))),
	answer: v.optional(Id),
	explanation: LocalizedSchema,
	/** A statement of the case to add to the explanation, e.g. the assumption behind its benefit figures. */
	caseNote: v.optional(v.picklist(['benefit-assumption']))
});

/**
 * A compute exercise file: `model: investment` (the case's investment case) or `model: pipeline`
 * (`deals` and `quota` given here); the model's tables and in-table fields need `labels`, and
 * `fields` lists what else to work out.
 */
export const ComputeDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('compute'),
	model: v.picklist(['investment', 'pipeline']),
	deals: v.optional(
		v.array(
			v.strictObject({
				id: Id,
				name: LocalizedSchema,
				stage: v.picklist(PIPELINE_STAGES),
				value: v.pipe(v.number(), v.minValue(0))
			})
		)
	),
	quota: v.optional(v.pipe(v.number(), v.minValue(1))),
	labels: v.record(v.string(), LocalizedSchema),
	fields: v.pipe(v.array(ComputeFieldDefSchema), v.minLength(1))
});

/** A compute exercise as written. */
export type ComputeDef = v.InferOutput<typeof ComputeDefSchema>;
