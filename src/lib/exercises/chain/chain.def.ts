import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { baseEntries, ExplanationMapSchema } from '../def';

/**
 * A chain exercise file, built from the case. `source: pain-chain` asks for each person's pain and
 * whose pain it explains (labels `pain`, `feeds`, `top`); `source: org-map` asks for the four
 * attributes of the organisation map and the person's place in the political structure (labels
 * `circle`, `outside`, `political`, `inner`), with `evidence` per person. `explanations` are keyed
 * by person id.
 */
export const ChainDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('chain'),
	source: v.picklist(['pain-chain', 'org-map']),
	labels: v.record(Id, LocalizedSchema),
	evidence: v.optional(ExplanationMapSchema),
	explanations: ExplanationMapSchema
});

/** A chain exercise as written. */
export type ChainDef = v.InferOutput<typeof ChainDefSchema>;
