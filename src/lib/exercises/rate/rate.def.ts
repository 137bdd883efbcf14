import * as v from 'valibot';
import { LocalizedSchema } from '../../content/content.schema';
import { TAS_RATINGS } from '../../method/tas';
import { baseEntries } from '../def';

const Rating = v.picklist(TAS_RATINGS.map((r) => r.id));

/**
 * A rating exercise file: the twenty opportunity criteria (names, groups and scales from the
 * method), each with the expert's `rating`, the ratings `accept`ed within the tolerance (half
 * credit) and the reasons.
 */
export const RateDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('rate'),
	moment: LocalizedSchema,
	criteria: v.array(
		v.strictObject({
			number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
			rating: Rating,
			accept: v.optional(v.array(Rating)),
			explanation: LocalizedSchema
		})
	)
});

/** A rating exercise as written. */
export type RateDef = v.InferOutput<typeof RateDefSchema>;
