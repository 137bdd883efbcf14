import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { baseEntries } from '../def';

/**
 * A decision-tree exercise file: the questions (`nodes`) with answers leading to another question
 * or an end; the ends (`leaves`), either written out or naming a competitive `strategy` of the
 * method; and the situations, each with the expert's answer per question on its way (`answers`)
 * and the end it reaches (`leaf`, checked against the walk).
 */
export const TreeDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('tree'),
	root: Id,
	nodes: v.pipe(
		v.array(
			v.strictObject({
				id: Id,
				question: LocalizedSchema,
				options: v.pipe(v.array(v.strictObject({ id: Id, label: LocalizedSchema, next: Id })), v.minLength(2))
			})
		),
		v.minLength(1)
	),
	leaves: v.pipe(
		v.array(
			v.strictObject({
				id: Id,
				strategy: v.optional(v.picklist(['frontal', 'flanking', 'fragment', 'defend', 'develop', 'walk-away'])),
				name: v.optional(LocalizedSchema),
				detail: v.optional(LocalizedSchema)
			})
		),
		v.minLength(2)
	),
	situations: v.pipe(
		v.array(
			v.strictObject({
				id: Id,
				text: LocalizedSchema,
				answers: v.record(Id, Id),
				leaf: Id,
				explanation: LocalizedSchema
			})
		),
		v.minLength(1)
	)
});

/** A decision-tree exercise as written. */
export type TreeDef = v.InferOutput<typeof TreeDefSchema>;
