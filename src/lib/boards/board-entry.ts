import type { FieldValue } from './board.types';

// The board-entry record kind on its own, so that the registry every page loads does not pull in
// the boards' logic.

/** The longest one-line text a field takes. */
export const MAX_TEXT = 500;
/** The longest text a multi-line field takes. */
export const MAX_LONG_TEXT = 5000;

/** One saved piece of a board: a field or cell value, or a table row's position. */
export type BoardEntry = { value: FieldValue } | { order: number };

// The kinds' references live in the registry, so that the store every page loads does not carry
// this module.
export { boardEntryKind } from '../persistence/registry';
