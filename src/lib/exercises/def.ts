// Building blocks of exercise files (YAML). Build-time only: the browser receives resolved exercises.
import * as v from 'valibot';
import { Id, LocalizedSchema } from '../content/content.schema';

/** A choice as written in an exercise file. */
export const ChoiceSchema = v.strictObject({ id: Id, text: LocalizedSchema });

/** A credit for a partly right answer, between 0 and 1 (full credit is the key itself). */
export const CreditSchema = v.pipe(v.number(), v.minValue(0.05), v.maxValue(0.95));

/** An id that may use capitals, for method vocabularies such as the 9-block cells (`R1`). */
export const KeyId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be letters, digits and dashes'));

/** An answer that earns part of the credit. */
export const PartialSchema = v.array(v.strictObject({ choice: KeyId, credit: CreditSchema }));

/** The fields every exercise file has, whatever its type. */
export const baseEntries = {
	/** Stable id, the same as the file name. */
	id: Id,
	/** Position among the module's exercises, from 1. */
	order: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** The title. */
	title: LocalizedSchema,
	/** What the learner is asked to do. */
	instructions: LocalizedSchema,
	/** Where the facts come from, or what is derived: shown under the instructions. */
	note: v.optional(LocalizedSchema),
	/** The case company whose facts the exercise uses, e.g. `homebody`. */
	case: v.optional(Id)
};

/** Explanations written per generated item, keyed by the item's id. */
export const ExplanationMapSchema = v.record(Id, LocalizedSchema);
