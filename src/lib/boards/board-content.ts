import { MAX_LONG_TEXT, MAX_TEXT, type BoardEntry } from './board-entry';
import type { BoardContent, BoardDef, BoardRow, FieldDef, FieldValue, GridSection, TableSection } from './board.types';

/** Who a board belongs to: `me` for a trainee's own workbook, `t-…` for a team. */
export const OWNER_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** A row id of a table or grid. */
export const ROW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** The owner id of a trainee's own workbook. */
export const WORKBOOK_OWNER = 'me';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Where an entry sits on its board: a field, a table row, or a cell of a table or grid. */
export type EntryKey =
	| { type: 'field'; field: string }
	| { type: 'row'; table: string; row: string }
	| { type: 'cell'; table: string; row: string; column: string };

/** The part of a record id after `board:<owner>/<board>/`. */
export function entryKeyText(key: EntryKey): string {
	switch (key.type) {
		case 'field':
			return `f.${key.field}`;
		case 'row':
			return `r.${key.table}.${key.row}`;
		case 'cell':
			return `c.${key.table}.${key.row}.${key.column}`;
	}
}

/** The record id prefix of every entry of one board of one owner. */
export function boardPrefix(owner: string, board: string): string {
	return `board:${owner}/${board}/`;
}

/** The record id of one entry. */
export function boardEntryId(owner: string, board: string, key: EntryKey): string {
	return boardPrefix(owner, board) + entryKeyText(key);
}

/** The owner, board and key of a board-entry record id, or undefined when it is not one. */
export function parseBoardEntryId(id: string): { owner: string; board: string; key: EntryKey } | undefined {
	const match = /^board:([^/]+)\/([^/]+)\/(.+)$/.exec(id);
	if (!match) return undefined;
	const [, owner, board, rest] = match as unknown as [string, string, string, string];
	const parts = rest.split('.');
	let key: EntryKey | undefined;
	if (parts[0] === 'f' && parts.length === 2) key = { type: 'field', field: parts[1]! };
	else if (parts[0] === 'r' && parts.length === 3) key = { type: 'row', table: parts[1]!, row: parts[2]! };
	else if (parts[0] === 'c' && parts.length === 4)
		key = { type: 'cell', table: parts[1]!, row: parts[2]!, column: parts[3]! };
	return key && { owner, board, key };
}

/** True when the value is empty: an empty or blank text, or an unticked box. Empty values are not saved. */
export function isEmptyValue(value: FieldValue | undefined): boolean {
	return value === undefined || value === false || (typeof value === 'string' && value.trim() === '');
}

/** True when the value may be saved in the field: the right type, a known choice, a real date or number. */
export function acceptsValue(field: FieldDef, value: unknown): value is FieldValue {
	switch (field.kind) {
		case 'check':
			return typeof value === 'boolean';
		case 'choice':
			return typeof value === 'string' && (field.options ?? []).some((o) => o.id === value);
		case 'number':
			return typeof value === 'string' && value.trim() === value && value !== '' && Number.isFinite(Number(value));
		case 'date': {
			if (typeof value !== 'string') return false;
			const m = DATE.exec(value);
			if (!m) return false;
			const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
			return date.toISOString().slice(0, 10) === value;
		}
		case 'text':
			return typeof value === 'string' && value.length <= MAX_TEXT;
		case 'longText':
			return typeof value === 'string' && value.length <= MAX_LONG_TEXT;
	}
}

/** The longest text a field takes. */
export function maxLength(field: FieldDef): number {
	return field.kind === 'longText' ? MAX_LONG_TEXT : MAX_TEXT;
}

/** Every field of a board's field sections, with its section. */
export function boardFields(def: BoardDef): FieldDef[] {
	return def.sections.flatMap((s) => (s.kind === 'fields' ? s.fields : []));
}

/** The tables and grids of a board. */
export function boardTables(def: BoardDef): (TableSection | GridSection)[] {
	return def.sections.filter((s): s is TableSection | GridSection => s.kind === 'table' || s.kind === 'grid');
}

/** An empty board. */
export function emptyContent(): BoardContent {
	return { fields: {}, tables: {} };
}

/**
 * Builds a board's content from its saved entries (keys relative to the board). Entries that do not
 * fit the definition (unknown fields, invalid values, cells of deleted rows) are ignored. Pure.
 */
export function contentFromEntries(
	def: BoardDef,
	entries: Iterable<{ key: EntryKey; data: BoardEntry }>
): BoardContent {
	const fields = new Map(boardFields(def).map((f) => [f.id, f]));
	const tables = new Map(boardTables(def).map((t) => [t.id, t]));
	const content = emptyContent();
	const rows = new Map<string, Map<string, BoardRow>>();
	const cells: { table: string; row: string; column: string; value: FieldValue }[] = [];
	for (const { key, data } of entries) {
		if (key.type === 'field') {
			const field = fields.get(key.field);
			if (field && 'value' in data && acceptsValue(field, data.value) && !isEmptyValue(data.value)) {
				content.fields[key.field] = data.value;
			}
		} else if (key.type === 'row') {
			const table = tables.get(key.table);
			if (table?.kind === 'table' && 'order' in data && ROW_ID_PATTERN.test(key.row)) {
				if (!rows.has(key.table)) rows.set(key.table, new Map());
				rows.get(key.table)!.set(key.row, { id: key.row, order: data.order, cells: {} });
			}
		} else if ('value' in data) {
			cells.push({ table: key.table, row: key.row, column: key.column, value: data.value });
		}
	}
	for (const grid of def.sections) {
		if (grid.kind !== 'grid') continue;
		rows.set(grid.id, new Map(grid.rows.map((r, i) => [r.id, { id: r.id, order: i, cells: {} }])));
	}
	for (const cell of cells) {
		const table = tables.get(cell.table);
		const column = table?.columns.find((c) => c.id === cell.column);
		const row = rows.get(cell.table)?.get(cell.row);
		if (column && row && acceptsValue(column, cell.value) && !isEmptyValue(cell.value))
			row.cells[cell.column] = cell.value;
	}
	for (const table of boardTables(def)) {
		const list = [...(rows.get(table.id)?.values() ?? [])];
		const kept =
			table.kind === 'grid'
				? list.filter((r) => Object.keys(r.cells).length > 0)
				: list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		if (kept.length) content.tables[table.id] = kept;
	}
	return content;
}

/** The entries that store a board's content (keys relative to the board), in a stable order. Pure. */
export function entriesFromContent(def: BoardDef, content: BoardContent): { key: EntryKey; data: BoardEntry }[] {
	const out: { key: EntryKey; data: BoardEntry }[] = [];
	for (const field of boardFields(def)) {
		const value = content.fields[field.id];
		if (!isEmptyValue(value)) out.push({ key: { type: 'field', field: field.id }, data: { value: value! } });
	}
	for (const table of boardTables(def)) {
		for (const row of content.tables[table.id] ?? []) {
			if (table.kind === 'table')
				out.push({ key: { type: 'row', table: table.id, row: row.id }, data: { order: row.order } });
			for (const column of table.columns) {
				const value = row.cells[column.id];
				if (!isEmptyValue(value)) {
					out.push({ key: { type: 'cell', table: table.id, row: row.id, column: column.id }, data: { value: value! } });
				}
			}
		}
	}
	return out;
}

/** How many fields and cells of a board hold something, for progress lists. Pure. */
export function filledCount(content: BoardContent): number {
	return (
		Object.keys(content.fields).length +
		Object.values(content.tables).reduce((n, rows) => n + rows.reduce((m, r) => m + Object.keys(r.cells).length, 0), 0)
	);
}

/** A new, unique row id. */
export function newRowId(random: () => number = Math.random, now: () => number = Date.now): string {
	return `r${now().toString(36)}${Math.floor(random() * 36 ** 4)
		.toString(36)
		.padStart(4, '0')}`;
}

/** The order to give a row added at the end of a table. */
export function nextOrder(rows: readonly BoardRow[]): number {
	return rows.reduce((max, r) => Math.max(max, r.order), 0) + 1;
}
