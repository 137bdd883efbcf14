import { BOARD_TEMPLATES } from '../method/boards';
import type { Locale, Localized } from '../i18n/locale';
import { parseUntrustedJson } from '../persistence/safe-json';
import type { BoardContent, BoardDef, BoardRow, FieldDef, FieldValue } from './board.types';
import { acceptsValue, boardFields, boardTables, emptyContent, isEmptyValue, ROW_ID_PATTERN } from './board-content';
import { computeSummary } from './summaries';

/** The `format` of a board file. */
export const BOARD_FILE_FORMAT = 'ssm-trainer-board';
/** The version of the board file format this build writes and reads. */
export const BOARD_FILE_VERSION = 1;

/** The name of a board template in both languages. */
export function boardName(def: BoardDef): Localized {
	return BOARD_TEMPLATES.find((t) => t.id === def.id)!.name;
}

/**
 * A board as a JSON file: fields and columns in the template's order, rows in their order, no
 * timestamps, so that exporting the same board twice gives the same bytes. Pure.
 */
export function boardToJson(def: BoardDef, content: BoardContent): string {
	const fields: Record<string, FieldValue> = {};
	for (const field of boardFields(def)) {
		const value = content.fields[field.id];
		if (!isEmptyValue(value)) fields[field.id] = value!;
	}
	const tables: Record<string, { id: string; cells: Record<string, FieldValue> }[]> = {};
	for (const table of boardTables(def)) {
		const rows = content.tables[table.id];
		if (!rows?.length) continue;
		tables[table.id] = rows.map((row) => {
			const cells: Record<string, FieldValue> = {};
			for (const column of table.columns) {
				const value = row.cells[column.id];
				if (!isEmptyValue(value)) cells[column.id] = value!;
			}
			return { id: row.id, cells };
		});
	}
	const file = { format: BOARD_FILE_FORMAT, formatVersion: BOARD_FILE_VERSION, board: def.id, fields, tables };
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a board file was refused; each code has a translated message. */
export type BoardImportProblem =
	| { code: 'not-json'; detail: string }
	| { code: 'not-board'; detail: string }
	| { code: 'newer-format'; detail: string }
	| { code: 'other-board'; detail: string; board: string }
	| { code: 'bad-content'; detail: string; where: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a board file for the given board and returns the content it holds, or the first problem.
 * Nothing is written: the caller replaces the board only when this succeeds. Pure.
 */
export function parseBoardFile(
	def: BoardDef,
	text: string
): { ok: true; content: BoardContent } | { ok: false; problem: BoardImportProblem } {
	const parsed = parseUntrustedJson(text);
	if (!parsed.ok) return { ok: false, problem: { code: 'not-json', detail: parsed.error } };
	const file = parsed.value;
	if (!isRecord(file) || file.format !== BOARD_FILE_FORMAT) {
		return { ok: false, problem: { code: 'not-board', detail: 'format field missing or wrong' } };
	}
	if (typeof file.formatVersion !== 'number' || !Number.isInteger(file.formatVersion) || file.formatVersion < 1) {
		return { ok: false, problem: { code: 'not-board', detail: 'formatVersion missing or wrong' } };
	}
	if (file.formatVersion > BOARD_FILE_VERSION) {
		return { ok: false, problem: { code: 'newer-format', detail: `format version ${file.formatVersion}` } };
	}
	if (file.board !== def.id) {
		return {
			ok: false,
			problem: { code: 'other-board', detail: `board ${String(file.board)}`, board: String(file.board) }
		};
	}
	const bad = (where: string, detail: string) => ({
		ok: false as const,
		problem: { code: 'bad-content' as const, where, detail }
	});
	for (const key of Object.keys(file)) {
		if (!['format', 'formatVersion', 'board', 'fields', 'tables'].includes(key)) return bad(key, 'unknown key');
	}
	const content = emptyContent();
	const fields = file.fields ?? {};
	if (!isRecord(fields)) return bad('fields', 'not an object');
	const known = new Map(boardFields(def).map((f) => [f.id, f]));
	for (const [id, value] of Object.entries(fields)) {
		const field = known.get(id);
		if (!field) return bad(`fields.${id}`, 'unknown field');
		if (!acceptsValue(field, value)) return bad(`fields.${id}`, `not a valid ${field.kind} value`);
		if (!isEmptyValue(value)) content.fields[id] = value;
	}
	const tables = file.tables ?? {};
	if (!isRecord(tables)) return bad('tables', 'not an object');
	const sections = new Map(boardTables(def).map((t) => [t.id, t]));
	for (const [tableId, rows] of Object.entries(tables)) {
		const table = sections.get(tableId);
		if (!table) return bad(`tables.${tableId}`, 'unknown table');
		if (!Array.isArray(rows)) return bad(`tables.${tableId}`, 'not a list');
		const seen = new Set<string>();
		const out: BoardRow[] = [];
		for (const [index, row] of rows.entries()) {
			const where = `tables.${tableId}[${index}]`;
			if (!isRecord(row) || typeof row.id !== 'string' || !isRecord(row.cells ?? {})) return bad(where, 'not a row');
			for (const key of Object.keys(row))
				if (key !== 'id' && key !== 'cells') return bad(`${where}.${key}`, 'unknown key');
			if (!ROW_ID_PATTERN.test(row.id)) return bad(`${where}.id`, 'not a valid row id');
			if (seen.has(row.id)) return bad(`${where}.id`, 'duplicate row id');
			seen.add(row.id);
			const order = table.kind === 'grid' ? table.rows.findIndex((r) => r.id === row.id) : index + 1;
			if (order < 0) return bad(`${where}.id`, 'unknown row');
			const cells: Record<string, FieldValue> = {};
			for (const [columnId, value] of Object.entries((row.cells ?? {}) as Record<string, unknown>)) {
				const column: FieldDef | undefined = table.columns.find((c) => c.id === columnId);
				if (!column) return bad(`${where}.cells.${columnId}`, 'unknown column');
				if (!acceptsValue(column, value)) return bad(`${where}.cells.${columnId}`, `not a valid ${column.kind} value`);
				if (!isEmptyValue(value)) cells[columnId] = value;
			}
			if (table.kind === 'table' || Object.keys(cells).length) out.push({ id: row.id, order, cells });
		}
		if (table.kind === 'grid') out.sort((a, b) => a.order - b.order);
		if (out.length) content.tables[tableId] = out;
	}
	return { ok: true, content };
}

/** A value as text in a language: choices by their label, ticks as ✓. */
export function valueText(field: FieldDef, value: FieldValue | undefined, locale: Locale): string {
	if (value === undefined) return '';
	if (field.kind === 'check') return value === true ? '✓' : '';
	if (field.kind === 'choice') {
		const option = field.options?.find((o) => o.id === value);
		if (!option) return '';
		return option.symbol && option.symbol !== option.label[locale]
			? `${option.symbol} ${option.label[locale]}`
			: option.label[locale];
	}
	return String(value);
}

const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function markdownTable(head: string[], body: string[][]): string[] {
	return [
		`| ${head.map(cell).join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...body.map((row) => `| ${row.map(cell).join(' | ')} |`)
	];
}

/** A board as Markdown in one language, for sharing or pasting into a report. Pure. */
export function boardToMarkdown(def: BoardDef, content: BoardContent, locale: Locale, subtitle?: string): string {
	const lines: string[] = [`# ${boardName(def)[locale]}`, ''];
	if (subtitle) lines.push(subtitle, '');
	lines.push(`_${def.purpose[locale]}_`, '');
	for (const section of def.sections) {
		if (section.title) lines.push(`## ${section.title[locale]}`, '');
		switch (section.kind) {
			case 'fields':
				for (const field of section.fields) {
					const value = content.fields[field.id];
					if (field.kind === 'check') {
						lines.push(`- [${value === true ? 'x' : ' '}] ${field.label[locale]}`);
					} else {
						const text = valueText(field, value, locale);
						lines.push(`- **${field.label[locale]}:** ${text.replace(/\r?\n/g, '\n  ')}`);
					}
				}
				break;
			case 'table': {
				const rows = content.tables[section.id] ?? [];
				lines.push(
					...markdownTable(
						['#', ...section.columns.map((c) => c.label[locale])],
						rows.map((row, i) => [String(i + 1), ...section.columns.map((c) => valueText(c, row.cells[c.id], locale))])
					)
				);
				break;
			}
			case 'grid': {
				const filled = new Map((content.tables[section.id] ?? []).map((r) => [r.id, r]));
				lines.push(
					...markdownTable(
						['', ...section.columns.map((c) => c.label[locale])],
						section.rows.map((row) => [
							row.label[locale],
							...section.columns.map((c) => valueText(c, filled.get(row.id)?.cells[c.id], locale))
						])
					)
				);
				break;
			}
			case 'guide':
				section.items.forEach((item, i) => lines.push(`${section.ordered ? `${i + 1}.` : '-'} ${item[locale]}`));
				break;
			case 'summary': {
				const summary = computeSummary(section.compute, def, content);
				if (summary.kind === 'sentence') {
					lines.push(summary.parts[locale].map((p) => ('text' in p ? p.text : `⟨${p.missing}⟩`)).join(''));
				} else {
					if (summary.columns) {
						lines.push(
							...markdownTable(
								['', ...summary.columns.map((c) => c[locale])],
								summary.rows.map((r) => [r.label[locale], ...r.cells.map((c) => c[locale])])
							)
						);
					} else {
						for (const row of summary.rows)
							lines.push(`- **${row.label[locale]}:** ${row.cells.map((c) => c[locale]).join(' · ')}`);
					}
					if (summary.note) lines.push('', summary.note[locale]);
				}
				break;
			}
		}
		lines.push('');
	}
	return `${lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trimEnd()}\n`;
}
