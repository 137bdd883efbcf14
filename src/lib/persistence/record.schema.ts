import * as v from 'valibot';

// The schemas of the stored envelope, apart from its types (record.ts), so that code that only
// handles records does not load the validation library.

/** The envelope every stored record must have, whatever its kind. */
export const StoredRecordSchema = v.object({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
	kind: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	v: v.pipe(v.number(), v.integer(), v.minValue(1)),
	data: v.unknown(),
	updatedAt: v.pipe(v.string(), v.isoTimestamp())
});

/** The shape of a set-aside entry in storage and in export files. */
export const SetAsideEntrySchema = v.object({
	key: v.pipe(v.string(), v.minLength(1)),
	id: v.string(),
	reason: v.picklist(['corrupt', 'future-version', 'unknown-kind', 'migration-failed']),
	detail: v.string(),
	raw: v.unknown(),
	at: v.pipe(v.string(), v.isoTimestamp())
});
