import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { baseEntries, KeyId, PartialSchema } from '../def';
import { VocabularySchema } from '../context';

/** Texts taken from the case by reference rather than retyped. */
export const CASE_TEXTS = ['outcome', 'capability', 'compelling-reason'] as const;

/**
 * One statement of a classify file. Either written out (`id`, `text`, `category`), or taken from the
 * case: `initiative` (text and revenue/cost focus from the case), `technology` (a technology
 * preference, by the slug of its English text; the ISC area from the case), or `caseText` with
 * `ref` (text from the case, category given here).
 */
export const ClassifyItemDefSchema = v.strictObject({
	id: v.optional(Id),
	text: v.optional(LocalizedSchema),
	category: v.optional(KeyId),
	initiative: v.optional(Id),
	technology: v.optional(Id),
	caseText: v.optional(v.picklist(CASE_TEXTS)),
	ref: v.optional(Id),
	partial: v.optional(PartialSchema),
	explanation: LocalizedSchema
});

/** A classify exercise file. */
export const ClassifyDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('classify'),
	categories: v.union([
		VocabularySchema,
		v.pipe(v.array(v.strictObject({ id: KeyId, text: LocalizedSchema })), v.minLength(2))
	]),
	items: v.pipe(v.array(ClassifyItemDefSchema), v.minLength(2))
});

/** A classify exercise as written. */
export type ClassifyDef = v.InferOutput<typeof ClassifyDefSchema>;
