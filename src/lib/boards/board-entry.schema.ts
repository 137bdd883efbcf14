import * as v from 'valibot';
import { defineKind } from '../persistence/kind';
import { MAX_LONG_TEXT, type BoardEntry } from './board-entry';

// The rules (schemas, migrations) of record kinds, loaded only when there is data to check: pages
// name the kinds by the references beside the types (see `kindRef`).

/** The board-entry record kind: one record per field, per table cell and per table row. */
export const boardEntryRecordKind = defineKind<BoardEntry>({
	kind: 'boardEntry',
	version: 1,
	schema: v.union([
		v.strictObject({ value: v.union([v.pipe(v.string(), v.maxLength(MAX_LONG_TEXT)), v.boolean()]) }),
		v.strictObject({ order: v.pipe(v.number(), v.finite()) })
	]),
	migrations: {}
});
