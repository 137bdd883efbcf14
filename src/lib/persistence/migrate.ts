import * as v from 'valibot';
import type { AnyRecordKind, RecordKind } from './kind';
import type { SetAsideReason, StoredRecord } from './record';
import { StoredRecordSchema } from './record.schema';

/** The outcome of bringing one stored record up to its kind's current version. */
export type UpgradeResult =
	{ ok: true; record: StoredRecord; migrated: boolean } | { ok: false; reason: SetAsideReason; detail: string };

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
	const first = issues[0];
	if (!first) return 'invalid';
	const path = v.getDotPath(first);
	return path ? `${path}: ${first.message}` : first.message;
}

/**
 * Checks a raw stored value and migrates it to the current version of its kind.
 * Pure: it never touches storage, so callers decide whether to set the record aside.
 */
export function upgradeRecord(raw: unknown, kinds: ReadonlyMap<string, AnyRecordKind>): UpgradeResult {
	const envelope = v.safeParse(StoredRecordSchema, raw);
	if (!envelope.success) return { ok: false, reason: 'corrupt', detail: describe(envelope.issues) };
	const record = envelope.output;
	const kind = kinds.get(record.kind);
	if (!kind) return { ok: false, reason: 'unknown-kind', detail: `unknown kind ${record.kind}` };
	if (record.v > kind.version) {
		return { ok: false, reason: 'future-version', detail: `version ${record.v} is newer than ${kind.version}` };
	}
	let data = record.data;
	for (let n = record.v; n < kind.version; n++) {
		try {
			data = kind.migrations[n]!(structuredClone(data));
		} catch (error) {
			return { ok: false, reason: 'migration-failed', detail: `migration ${n}: ${String(error)}` };
		}
	}
	const checked = v.safeParse(kind.schema, data);
	if (!checked.success) return { ok: false, reason: 'corrupt', detail: describe(checked.issues) };
	return {
		ok: true,
		migrated: record.v !== kind.version,
		record: { ...record, v: kind.version, data: checked.output }
	};
}

/** Checks data against its kind's schema, returning it as the schema outputs it; throws when invalid. */
export function parseData<T>(kind: RecordKind<T>, data: T): T {
	return v.parse(kind.schema, data);
}
