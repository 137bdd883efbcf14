import { byId, byKey, type SetAsideEntry, type StoredRecord } from './record';

/** The `format` field every export file carries. */
export const EXPORT_FORMAT = 'ssm-trainer/progress';
/** The version of the export envelope this build writes and reads. */
export const EXPORT_FORMAT_VERSION = 1;

/** Everything a learner has saved, as written to and read from a JSON file. */
export interface ExportFile {
	/** Always {@link EXPORT_FORMAT}. */
	format: typeof EXPORT_FORMAT;
	/** The envelope version, {@link EXPORT_FORMAT_VERSION}. */
	formatVersion: number;
	/** Every readable record, sorted by id. */
	records: StoredRecord[];
	/** Records that could not be read, kept as they were, sorted by key. */
	setAside: SetAsideEntry[];
}

/** Builds a deterministic export file from records and set-aside entries. */
export function buildExport(records: readonly StoredRecord[], setAside: readonly SetAsideEntry[]): ExportFile {
	return {
		format: EXPORT_FORMAT,
		formatVersion: EXPORT_FORMAT_VERSION,
		records: [...records].sort(byId),
		setAside: [...setAside].sort(byKey)
	};
}

/** Serialises an export file as stable, readable JSON. */
export function serializeExport(file: ExportFile): string {
	return JSON.stringify(file, null, 2) + '\n';
}
