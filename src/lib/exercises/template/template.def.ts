import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { ISC_AREA_IDS } from '../../method/isc';
import { baseEntries, ChoiceSchema, ExplanationMapSchema, PartialSchema } from '../def';

/**
 * A template exercise file. Written out: `groups` (sentences with `{blank}` placeholders, or
 * headed rows) and `blanks` with their options and answer (one id, or a list for several). Or
 * `source: isc-bridge`: one row per ISC area of the case's bridge, asking for the area's
 * requirement, its possible designs (with designs of other areas, named by the slug of their
 * English text, as `distractors`), and the recommended design where the case marks one; labels
 * `requirement`, `designs`, `recommended`; `explanations` keyed `<area>-requirement`,
 * `<area>-designs`, `<area>-recommended`.
 */
export const TemplateDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('template'),
	source: v.optional(v.picklist(['isc-bridge'])),
	groups: v.optional(
		v.array(v.strictObject({ id: Id, heading: v.optional(LocalizedSchema), text: v.optional(LocalizedSchema) }))
	),
	blanks: v.optional(
		v.array(
			v.strictObject({
				id: Id,
				group: Id,
				label: LocalizedSchema,
				options: v.pipe(v.array(ChoiceSchema), v.minLength(2)),
				answer: v.union([Id, v.pipe(v.array(Id), v.minLength(1))]),
				partial: v.optional(PartialSchema),
				explanation: LocalizedSchema
			})
		)
	),
	labels: v.optional(v.record(Id, LocalizedSchema)),
	distractors: v.optional(v.record(v.picklist(ISC_AREA_IDS), v.array(Id))),
	explanations: v.optional(ExplanationMapSchema)
});

/** A template exercise as written. */
export type TemplateDef = v.InferOutput<typeof TemplateDefSchema>;
