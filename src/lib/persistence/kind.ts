import type * as v from 'valibot';

/** A pure function that turns a kind's data at version n into data at version n + 1. */
export type Migration = (data: unknown) => unknown;

/** A kind of saved record with its rules: its current schema and how older versions reach it. */
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

/**
 * How pages and the store name a kind of record: its name, and a loader for its rules. The rules
 * (schemas and the validation library) load only when there is data to check, so a first visit
 * with nothing saved does not download them until it saves something.
 */
export interface KindRef<T> {
	/** The kind's stable name, as in {@link RecordKind.kind}. */
	readonly kind: string;
	/** Loads the kind's rules (once; later calls return the same promise). */
	load(): Promise<RecordKind<T>>;
	/** Only for type inference: a reference carries its data type. */
	readonly __data?: T;
}

/** A kind with rules or a reference to one: what the store's methods take. */
export type KindLike<T> = RecordKind<T> | KindRef<T>;

/** Declares a record kind's rules and checks that its migrations are complete and numbered. */
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

/** Declares a reference to a record kind whose rules live in a module loaded on demand. */
export function kindRef<T>(kind: string, load: () => Promise<RecordKind<T>>): KindRef<T> {
	let loading: Promise<RecordKind<T>> | undefined;
	return {
		kind,
		load() {
			if (!loading) {
				loading = load().then((loaded) => {
					if (loaded.kind !== kind) throw new Error(`record kind ${kind} loaded the rules of ${loaded.kind}`);
					return loaded;
				});
				// A failed load (no network before the offline cache filled) is not kept: the next call tries again.
				loading.catch(() => (loading = undefined));
			}
			return loading;
		}
	};
}

/** A reference to a kind, whether given the kind itself (tests, validation code) or a reference. */
export function refOf<T>(kind: KindLike<T>): KindRef<T> {
	if (!('schema' in kind)) return kind;
	const loaded = Promise.resolve(kind);
	return { kind: kind.kind, load: () => loaded };
}

/** Loads the rules of every kind given, by name. */
export async function loadKinds(kinds: readonly KindLike<unknown>[]): Promise<Map<string, AnyRecordKind>> {
	const loaded = await Promise.all(kinds.map((kind) => refOf(kind).load()));
	return new Map(loaded.map((kind) => [kind.kind, kind]));
}
