import { kindRef } from '../persistence/kind';
import type { FieldValue } from './board.types';

// The board-entry record kind on its own, so that the registry every page loads does not pull in
// the boards' logic.

/** The longest one-line text a field takes. */
export const MAX_TEXT = 500;
/** The longest text a multi-line field takes. */
export const MAX_LONG_TEXT = 5000;

/** One saved piece of a board: a field or cell value, or a table row's position. */
export type BoardEntry = { value: FieldValue } | { order: number };

/** The board-entry record kind: one record per field, per table cell and per table row. */
export const boardEntryKind = kindRef<BoardEntry>('boardEntry', () =>
	import('./board-entry.schema').then((m) => m.boardEntryRecordKind)
);
