import * as v from 'valibot';
import type { AnyRecordKind } from './kind';
import { upgradeRecord } from './migrate';
import { byId, byKey, type SetAsideEntry, type StoredRecord } from './record';
import { SetAsideEntrySchema, StoredRecordSchema } from './record.schema';
import { parseUntrustedJson } from './safe-json';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-envelope';

const ExportFileSchema = v.object({
	format: v.literal(EXPORT_FORMAT),
	formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
	records: v.array(v.unknown()),
	setAside: v.optional(v.array(SetAsideEntrySchema), [])
});

/** Why an import file was refused; each code has a translated message. */
export type ImportProblem =
	| { code: 'not-json'; detail: string }
	| { code: 'not-export'; detail: string }
	| { code: 'newer-format'; detail: string }
	| { code: 'bad-record'; detail: string; index: number; id: string }
	| { code: 'duplicate-id'; detail: string; id: string };

/** A validated import, ready to be written, with what the user must be told. */
export interface ImportPlan {
	/** The records to store, upgraded to the current versions, sorted by id. */
	records: StoredRecord[];
	/** Entries to keep aside: those of the file, and its records this build cannot read yet. */
	setAside: SetAsideEntry[];
	/** How many unsafe keys (`__proto__`, `constructor`, `prototype`) were removed. */
	removedKeys: number;
}

/**
 * Reads an export file's text and decides what importing it would store, without storing anything.
 * Records of kinds or versions this build does not know are kept aside rather than refused, so a
 * file from a newer build loses nothing; a record that is plainly broken refuses the whole file.
 */
export function planImport(
	text: string,
	kinds: ReadonlyMap<string, AnyRecordKind>,
	now: string
): { ok: true; plan: ImportPlan } | { ok: false; problem: ImportProblem } {
	const parsed = parseUntrustedJson(text);
	if (!parsed.ok) return { ok: false, problem: { code: 'not-json', detail: parsed.error } };
	const head = v.safeParse(v.object({ format: v.unknown(), formatVersion: v.unknown() }), parsed.value);
	if (!head.success || head.output.format !== EXPORT_FORMAT) {
		return { ok: false, problem: { code: 'not-export', detail: 'format field missing or wrong' } };
	}
	if (typeof head.output.formatVersion === 'number' && head.output.formatVersion > EXPORT_FORMAT_VERSION) {
		return {
			ok: false,
			problem: { code: 'newer-format', detail: `format version ${head.output.formatVersion}` }
		};
	}
	const file = v.safeParse(ExportFileSchema, parsed.value);
	if (!file.success) {
		const issue = file.issues[0];
		return {
			ok: false,
			problem: { code: 'not-export', detail: `${v.getDotPath(issue) ?? ''} ${issue.message}`.trim() }
		};
	}
	const records: StoredRecord[] = [];
	const setAside: SetAsideEntry[] = [...file.output.setAside];
	const seen = new Set<string>();
	for (const [index, raw] of file.output.records.entries()) {
		const envelope = v.safeParse(StoredRecordSchema, raw);
		const id = envelope.success ? envelope.output.id : '?';
		const result = upgradeRecord(raw, kinds);
		if (result.ok) {
			if (seen.has(result.record.id)) {
				return { ok: false, problem: { code: 'duplicate-id', detail: 'duplicate id', id } };
			}
			seen.add(result.record.id);
			records.push(result.record);
		} else if (result.reason === 'future-version' || result.reason === 'unknown-kind') {
			setAside.push({ key: `${id}@${now}`, id, reason: result.reason, detail: result.detail, raw, at: now });
		} else {
			return { ok: false, problem: { code: 'bad-record', detail: result.detail, index, id } };
		}
	}
	return {
		ok: true,
		plan: { records: records.sort(byId), setAside: setAside.sort(byKey), removedKeys: parsed.removedKeys }
	};
}
