import {
	boardEntryId,
	boardPrefix,
	contentFromEntries,
	entriesFromContent,
	entryKeyText,
	isEmptyValue,
	newRowId,
	nextOrder,
	parseBoardEntryId,
	type EntryKey
} from '$lib/boards/board-content';
import { boardEntryKind, type BoardEntry } from '$lib/boards/board-entry';
import type { BoardContent, BoardDef, BoardRow, FieldValue } from '$lib/boards/board.types';
import { app } from '../app.svelte';

const TYPING_DELAY_MS = 300;
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => Promise<void> }>();

// Leaving or hiding the page saves what was typed in the last moment at once.
if (typeof window !== 'undefined') {
	addEventListener('pagehide', () => void flushAll());
	addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') void flushAll();
	});
}

/** A board's content as saved now: reactive inside `$derived`. */
export function readBoard(owner: string, def: BoardDef): BoardContent {
	const prefix = boardPrefix(owner, def.id);
	const entries: { key: EntryKey; data: BoardEntry }[] = [];
	for (const record of app.list(boardEntryKind)) {
		if (!record.id.startsWith(prefix)) continue;
		const parsed = parseBoardEntryId(record.id);
		if (parsed) entries.push({ key: parsed.key, data: record.data });
	}
	return contentFromEntries(def, entries);
}

async function writeValue(id: string, value: FieldValue): Promise<void> {
	const store = await app.start();
	if (isEmptyValue(value)) await store.remove(id);
	else await store.put(boardEntryKind, id, { value });
}

/**
 * Saves one field or cell: one record per field, so that two windows editing different fields
 * never overwrite each other. Typing is saved a moment after the last key (`delayed`); ticks and
 * choices at once. An empty value removes the record.
 */
export function saveValue(owner: string, board: string, key: EntryKey, value: FieldValue, delayed = false): void {
	const id = boardEntryId(owner, board, key);
	clearTimeout(pending.get(id)?.timer);
	pending.delete(id);
	if (!delayed) {
		void writeValue(id, value);
		return;
	}
	const write = () => {
		pending.delete(id);
		return writeValue(id, value);
	};
	pending.set(id, { timer: setTimeout(write, TYPING_DELAY_MS), write });
}

/** Saves at once what is still waiting to be saved for a field (on leaving it). */
export function flushValue(owner: string, board: string, key: EntryKey): void {
	const entry = pending.get(boardEntryId(owner, board, key));
	if (entry) {
		clearTimeout(entry.timer);
		void entry.write();
	}
}

/** Saves everything still waiting (before export, print or leaving the page). */
export async function flushAll(): Promise<void> {
	await Promise.all([...pending.values()].map((entry) => (clearTimeout(entry.timer), entry.write())));
}

/**
 * Adds an empty row at the end of a table and returns its id at once: the row shows as soon as the
 * store has it in memory, so that focus can move into it before the next key is typed.
 */
export async function addRow(owner: string, board: string, table: string, rows: readonly BoardRow[]): Promise<string> {
	const row = newRowId();
	const store = app.store ?? (await app.start());
	await store.ready(boardEntryKind);
	void store.put(boardEntryKind, boardEntryId(owner, board, { type: 'row', table, row }), { order: nextOrder(rows) });
	return row;
}

/** Removes a row and its cells. */
export async function removeRow(owner: string, board: string, table: string, row: string): Promise<void> {
	const store = await app.start();
	const cells = `${boardPrefix(owner, board)}c.${table}.${row}.`;
	const ids = store
		.list(boardEntryKind)
		.filter((r) => r.id.startsWith(cells))
		.map((r) => r.id);
	for (const id of ids) await store.remove(id);
	await store.remove(boardEntryId(owner, board, { type: 'row', table, row }));
}

/** Swaps a row with the one before (-1) or after (+1) it. */
export async function moveRow(
	owner: string,
	board: string,
	table: string,
	rows: readonly BoardRow[],
	row: string,
	step: -1 | 1
): Promise<void> {
	const index = rows.findIndex((r) => r.id === row);
	const other = rows[index + step];
	if (index < 0 || !other) return;
	const store = await app.start();
	const here = rows[index]!;
	await store.put(boardEntryKind, boardEntryId(owner, board, { type: 'row', table, row: here.id }), {
		order: other.order
	});
	await store.put(boardEntryKind, boardEntryId(owner, board, { type: 'row', table, row: other.id }), {
		order: here.order
	});
}

/** Replaces a whole board with the given content (an import, or clearing it), writing only what changes. */
export async function replaceBoard(owner: string, def: BoardDef, content: BoardContent): Promise<void> {
	await flushAll();
	const store = await app.start();
	const prefix = boardPrefix(owner, def.id);
	const wanted = new Map(entriesFromContent(def, content).map((e) => [prefix + entryKeyText(e.key), e.data]));
	for (const record of store.list(boardEntryKind)) {
		if (record.id.startsWith(prefix) && !wanted.has(record.id)) await store.remove(record.id);
	}
	for (const [id, data] of wanted) {
		if (JSON.stringify(store.get(boardEntryKind, id)) !== JSON.stringify(data))
			await store.put(boardEntryKind, id, data);
	}
}

/** Removes every board of an owner (when a team is deleted). */
export async function removeOwnerBoards(owner: string): Promise<void> {
	const store = await app.start();
	const prefix = `board:${owner}/`;
	for (const record of store.list(boardEntryKind)) if (record.id.startsWith(prefix)) await store.remove(record.id);
}
