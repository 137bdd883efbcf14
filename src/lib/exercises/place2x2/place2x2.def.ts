import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { baseEntries, PartialSchema } from '../def';

/**
 * A profile in the file: with its quadrant and explanation, or `sam: current | heading` for the
 * case company today or where it is heading (quadrant, partial credit and explanation from the case).
 */
export const PlaceItemDefSchema = v.strictObject({
	id: Id,
	text: LocalizedSchema,
	quadrant: v.optional(Id),
	partial: v.optional(PartialSchema),
	sam: v.optional(v.picklist(['current', 'heading'])),
	explanation: v.optional(LocalizedSchema)
});

/** A 2×2 placement file; `grid: sam` takes the axes and quadrants from the strategic alignment model. */
export const Place2x2DefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('place2x2'),
	grid: v.picklist(['sam']),
	items: v.pipe(v.array(PlaceItemDefSchema), v.minLength(2))
});

/** A 2×2 placement as written. */
export type Place2x2Def = v.InferOutput<typeof Place2x2DefSchema>;
