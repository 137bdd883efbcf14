import * as v from 'valibot';
import { Id, LocalizedSchema } from '../../content/content.schema';
import { VocabularySchema } from '../context';
import { baseEntries, ChoiceSchema, KeyId } from '../def';

/**
 * A statement exercise file. `template` holds `{part}` placeholders for the phrase parts; a part
 * with a `vocabulary` is a label chosen from that list (e.g. `initiative-focus`). Each item gives
 * the customer's words (`prompt`), wrong options per phrase part (`options`), and either
 * `initiative` (the case supplies the right result, activity and focus, for parts with those ids)
 * or `answers` (the right phrase per phrase part, the right id per label part).
 */
export const StatementDefSchema = v.strictObject({
	...baseEntries,
	type: v.literal('statement'),
	template: LocalizedSchema,
	parts: v.pipe(
		v.array(v.strictObject({ id: Id, name: LocalizedSchema, vocabulary: v.optional(VocabularySchema) })),
		v.minLength(1)
	),
	items: v.pipe(
		v.array(
			v.strictObject({
				id: v.optional(Id),
				initiative: v.optional(Id),
				prompt: LocalizedSchema,
				options: v.record(Id, v.array(ChoiceSchema)),
				answers: v.optional(v.record(Id, v.union([LocalizedSchema, KeyId]))),
				explanation: LocalizedSchema
			})
		),
		v.minLength(1)
	)
});

/** A statement exercise as written. */
export type StatementDef = v.InferOutput<typeof StatementDefSchema>;
