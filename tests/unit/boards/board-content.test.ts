import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	acceptsValue,
	boardEntryId,
	contentFromEntries,
	entriesFromContent,
	filledCount,
	newRowId,
	nextOrder,
	parseBoardEntryId,
	ROW_ID_PATTERN
} from '$lib/boards/board-content';
import type { BoardDef, FieldDef } from '$lib/boards/board.types';
import { boardEntryRecordKind } from '$lib/boards/board-entry.schema';
import { BOARDS } from '$lib/boards/templates';
import * as v from 'valibot';
import { contentArb } from './arbitrary';

const field = (kind: FieldDef['kind'], options?: FieldDef['options']): FieldDef => ({
	id: 'x',
	kind,
	label: { en: 'X', zh: 'X' },
	options
});

describe('acceptsValue', () => {
	it('takes real dates only', () => {
		expect(acceptsValue(field('date'), '2026-03-07')).toBe(true);
		expect(acceptsValue(field('date'), '2026-02-30')).toBe(false);
		expect(acceptsValue(field('date'), '7 March')).toBe(false);
	});

	it('takes numbers as typed, but not words', () => {
		expect(acceptsValue(field('number'), '3400')).toBe(true);
		expect(acceptsValue(field('number'), '-2.5')).toBe(true);
		expect(acceptsValue(field('number'), 'lots')).toBe(false);
		expect(acceptsValue(field('number'), 12)).toBe(false);
	});

	it('takes only the options of a choice, and only ticks for a check', () => {
		const choice = field('choice', [
			{ id: 'a', label: { en: 'A', zh: 'A' } },
			{ id: 'b', label: { en: 'B', zh: 'B' } }
		]);
		expect(acceptsValue(choice, 'a')).toBe(true);
		expect(acceptsValue(choice, 'c')).toBe(false);
		expect(acceptsValue(field('check'), true)).toBe(true);
		expect(acceptsValue(field('check'), 'yes')).toBe(false);
	});

	it('refuses text longer than a field takes', () => {
		expect(acceptsValue(field('text'), 'a'.repeat(500))).toBe(true);
		expect(acceptsValue(field('text'), 'a'.repeat(501))).toBe(false);
		expect(acceptsValue(field('longText'), 'a'.repeat(5000))).toBe(true);
	});
});

describe('board entry ids', () => {
	it('names owner, board and place, and reads back', () => {
		const id = boardEntryId('t-abc', 'initiatives', { type: 'cell', table: 'initiatives', row: 'r1', column: 'focus' });
		expect(id).toBe('board:t-abc/initiatives/c.initiatives.r1.focus');
		expect(parseBoardEntryId(id)).toEqual({
			owner: 't-abc',
			board: 'initiatives',
			key: { type: 'cell', table: 'initiatives', row: 'r1', column: 'focus' }
		});
		expect(parseBoardEntryId('board:me/sam-grid/f.now')?.key).toEqual({ type: 'field', field: 'now' });
		expect(parseBoardEntryId('lesson:opening/x')).toBeUndefined();
	});

	it('makes row ids that are valid and unique', () => {
		const ids = new Set(Array.from({ length: 200 }, () => newRowId()));
		expect(ids.size).toBe(200);
		for (const id of ids) expect(id).toMatch(ROW_ID_PATTERN);
	});

	it('adds rows after the last one', () => {
		expect(nextOrder([])).toBe(1);
		expect(
			nextOrder([
				{ id: 'a', order: 4, cells: {} },
				{ id: 'b', order: 2, cells: {} }
			])
		).toBe(5);
	});
});

describe('content and entries', () => {
	const defs = Object.values(BOARDS) as BoardDef[];

	it('stores any board as entries that read back as the same board', () => {
		for (const def of defs) {
			fc.assert(
				fc.property(contentArb(def), (content) => {
					const entries = entriesFromContent(def, content);
					for (const e of entries) expect(v.is(boardEntryRecordKind.schema, e.data)).toBe(true);
					expect(contentFromEntries(def, entries)).toEqual(content);
				}),
				{ numRuns: 25 }
			);
		}
	});

	it('ignores entries that do not fit the board: unknown fields, bad values, cells of removed rows', () => {
		const def = BOARDS.initiatives;
		const content = contentFromEntries(def, [
			{ key: { type: 'field', field: 'nope' }, data: { value: 'x' } },
			{ key: { type: 'row', table: 'initiatives', row: 'r1' }, data: { order: 1 } },
			{ key: { type: 'cell', table: 'initiatives', row: 'r1', column: 'focus' }, data: { value: 'growth' } },
			{ key: { type: 'cell', table: 'initiatives', row: 'r1', column: 'result' }, data: { value: 'Loyalty' } },
			{ key: { type: 'cell', table: 'initiatives', row: 'gone', column: 'result' }, data: { value: 'Orphan' } }
		]);
		expect(content).toEqual({
			fields: {},
			tables: { initiatives: [{ id: 'r1', order: 1, cells: { result: 'Loyalty' } }] }
		});
		expect(filledCount(content)).toBe(1);
	});

	it('orders rows by their position, whatever order the entries come in', () => {
		const def = BOARDS.concerns;
		const content = contentFromEntries(def, [
			{ key: { type: 'row', table: 'concerns', row: 'b' }, data: { order: 2 } },
			{ key: { type: 'row', table: 'concerns', row: 'a' }, data: { order: 1 } },
			{ key: { type: 'row', table: 'concerns', row: 'c' }, data: { order: 1.5 } }
		]);
		expect(content.tables.concerns!.map((r) => r.id)).toEqual(['a', 'c', 'b']);
	});
});
