import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { NINE_BLOCK_CELLS } from '../../method/nine-block';
import { baseEntries, ExplanationMapSchema } from '../def';

/** A step written out in the file: with its rank, or with its 9-block cell when the order is a vision order. */
export const OrderItemDefSchema = v.strictObject({
	id: Id,
	text: LocalizedSchema,
	rank: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	cell: v.optional(v.picklist(NINE_BLOCK_CELLS)),
	mark: v.optional(v.boolean()),
	explanation: LocalizedSchema
});

/**
 * An order exercise file: steps written out with a rank; or 9-block questions with their cell and
 * `sequence: creation | reengineering` (the method's order ranks them); or `source: evaluation-plan`
 * (the case's evaluation plan, with `explanations` per event id and its go/no-go points as marks).
 */
export const OrderDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('order'),
	sequence: v.optional(v.picklist(['creation', 'reengineering'])),
	source: v.optional(v.picklist(['evaluation-plan'])),
	markLabel: v.optional(LocalizedSchema),
	items: v.optional(v.array(OrderItemDefSchema)),
	explanations: v.optional(ExplanationMapSchema)
});

/** An order exercise as written. */
export type OrderDef = v.InferOutput<typeof OrderDefSchema>;
