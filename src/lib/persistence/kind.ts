import * as v from 'valibot';

/** A pure function that turns a kind's data at version n into data at version n + 1. */
export type Migration = (data: unknown) => unknown;

/** A kind of saved record: its current schema and how older versions reach it. */
export interface RecordKind<T> {
	/** The kind's stable name, stored in every record. */
	kind: string;
	/** The current version; records at a lower version are migrated up to it. */
	version: number;
	/** The schema of `data` at the current version. */
	schema: v.GenericSchema<unknown, T>;
	/**
	 * Numbered migrations: `migrations[n]` upgrades data from version n to n + 1, so a kind at
	 * version 3 has entries 1 and 2. Each must be pure: same input, same output, no I/O.
	 */
	migrations: Readonly<Record<number, Migration>>;
}

/** Any record kind, whatever its data type. */
export type AnyRecordKind = RecordKind<unknown>;

/** Declares a record kind and checks at start-up that its migrations are complete and numbered. */
export function defineKind<T>(kind: RecordKind<T>): RecordKind<T> {
	for (let n = 1; n < kind.version; n++) {
		if (typeof kind.migrations[n] !== 'function') {
			throw new Error(`record kind ${kind.kind}: migration ${n} → ${n + 1} is missing`);
		}
	}
	for (const key of Object.keys(kind.migrations)) {
		const n = Number(key);
		if (!Number.isInteger(n) || n < 1 || n >= kind.version) {
			throw new Error(`record kind ${kind.kind}: migration ${key} does not lead to version ${kind.version}`);
		}
	}
	return kind;
}
