/** One saved record as it sits in IndexedDB and in an export file. */
export interface StoredRecord {
	/** Stable id, unique across all kinds, e.g. `lesson:opening/ssm-overview`. */
	id: string;
	/** The record kind, which names its schema and migrations. */
	kind: string;
	/** The version of the kind's schema that `data` follows. */
	v: number;
	/** The payload, valid against the kind's schema at version `v`. */
	data: unknown;
	/** When the record was last written, as an ISO 8601 timestamp. */
	updatedAt: string;
}

/** Why a saved record could not be used and was set aside. */
export type SetAsideReason = 'corrupt' | 'future-version' | 'unknown-kind' | 'migration-failed';

/** A record the app could not read, kept untouched so that it can be exported and never overwritten. */
export interface SetAsideEntry {
	/** Unique key of the entry (the record id and the moment it was set aside). */
	key: string;
	/** The id of the record it came from, or `?` when even that was unreadable. */
	id: string;
	/** Why it was set aside. */
	reason: SetAsideReason;
	/** A short technical description of the problem, in English, for support. */
	detail: string;
	/** The record exactly as it was found. */
	raw: unknown;
	/** When it was set aside, as an ISO 8601 timestamp. */
	at: string;
}

/** Sorts records by id so that exports are deterministic. */
export function byId(a: { id: string }, b: { id: string }): number {
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts set-aside entries by key so that exports are deterministic. */
export function byKey(a: { key: string }, b: { key: string }): number {
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
