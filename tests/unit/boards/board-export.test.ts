import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardToJson, boardToMarkdown, parseBoardFile } from '$lib/boards/board-export';
import type { BoardDef } from '$lib/boards/board.types';
import { BOARDS } from '$lib/boards/templates';
import { contentArb } from './arbitrary';

const defs = Object.values(BOARDS) as BoardDef[];

describe('board files', () => {
	it('export → import → export gives the same bytes, for every board', () => {
		for (const def of defs) {
			fc.assert(
				fc.property(contentArb(def), (content) => {
					const first = boardToJson(def, content);
					const read = parseBoardFile(def, first);
					expect(read.ok).toBe(true);
					if (read.ok) expect(boardToJson(def, read.content)).toBe(first);
				}),
				{ numRuns: 20 }
			);
		}
	});

	const def = BOARDS.initiatives;
	const good = {
		format: 'ssm-trainer-board',
		formatVersion: 1,
		board: 'initiatives',
		fields: {},
		tables: { initiatives: [{ id: 'r1', cells: { focus: 'revenue', result: 'More loyalty' } }] }
	};
	const refuse = (value: unknown) => {
		const result = parseBoardFile(def, typeof value === 'string' ? value : JSON.stringify(value));
		expect(result.ok).toBe(false);
		return result.ok ? undefined : result.problem;
	};

	it('reads a good file', () => {
		const result = parseBoardFile(def, JSON.stringify(good));
		expect(result.ok && result.content.tables.initiatives).toEqual([
			{ id: 'r1', order: 1, cells: { focus: 'revenue', result: 'More loyalty' } }
		]);
	});

	it('refuses text that is not JSON, or JSON that is not a board file', () => {
		expect(refuse('{ nope')?.code).toBe('not-json');
		expect(refuse({ format: 'ssm-trainer-progress', formatVersion: 1, records: [] })?.code).toBe('not-board');
		expect(refuse([1, 2])?.code).toBe('not-board');
	});

	it('refuses a file from a newer version, or for another board, naming the board', () => {
		expect(refuse({ ...good, formatVersion: 2 })?.code).toBe('newer-format');
		expect(refuse({ ...good, board: 'sam-grid' })).toMatchObject({ code: 'other-board', board: 'sam-grid' });
	});

	it('refuses unknown fields, bad values, bad and duplicate rows, naming the place', () => {
		expect(refuse({ ...good, fields: { colour: 'red' } })).toMatchObject({
			code: 'bad-content',
			where: 'fields.colour'
		});
		expect(refuse({ ...good, tables: { initiatives: [{ id: 'r1', cells: { focus: 'growth' } }] } })).toMatchObject({
			where: 'tables.initiatives[0].cells.focus'
		});
		expect(refuse({ ...good, tables: { initiatives: [{ id: 'R 1', cells: {} }] } })?.code).toBe('bad-content');
		expect(
			refuse({
				...good,
				tables: {
					initiatives: [
						{ id: 'r1', cells: {} },
						{ id: 'r1', cells: {} }
					]
				}
			})
		).toMatchObject({ where: 'tables.initiatives[1].id' });
		expect(refuse({ ...good, tables: { people: [] } })?.code).toBe('bad-content');
		expect(refuse({ ...good, extra: true })?.code).toBe('bad-content');
	});

	it('refuses rows a grid does not have', () => {
		const tech = BOARDS['tech-preferences'];
		const result = parseBoardFile(
			tech,
			JSON.stringify({
				format: 'ssm-trainer-board',
				formatVersion: 1,
				board: 'tech-preferences',
				tables: { areas: [{ id: 'cloud', cells: { general: 'x' } }] }
			})
		);
		expect(result.ok).toBe(false);
	});

	it('drops prototype keys instead of letting them through', () => {
		const text =
			'{"format":"ssm-trainer-board","formatVersion":1,"board":"initiatives","fields":{"__proto__":{"x":1}}}';
		const result = parseBoardFile(def, text);
		expect(result.ok && result.content.fields).toEqual({});
	});
});

describe('board Markdown', () => {
	const def = BOARDS.initiatives;
	it('writes the board in the chosen language, with tables and ticks', () => {
		const md = boardToMarkdown(
			def,
			{
				fields: {},
				tables: {
					initiatives: [
						{
							id: 'r1',
							order: 1,
							cells: { focus: 'revenue', result: 'Loyalty | revenue', activity: 'CRM', ours: true }
						}
					]
				}
			},
			'en',
			'Team: Falcons'
		);
		expect(md).toContain('# Business initiatives (TIM)');
		expect(md).toContain('Team: Falcons');
		expect(md).toContain('| 1 | Revenue | Loyalty \\| revenue | CRM |  |  |  | ✓ |');
		const zh = boardToMarkdown(def, { fields: {}, tables: {} }, 'zh');
		expect(zh).toContain('# 业务发展方针（TIM）');
		expect(zh).toContain('期望的业务成果');
	});

	it('keeps line breaks of long text inside a table cell', () => {
		const md = boardToMarkdown(
			BOARDS['tech-preferences'],
			{
				fields: {},
				tables: { areas: [{ id: 'services', order: 3, cells: { general: 'Train own staff\nUse specialists' } }] }
			},
			'en'
		);
		expect(md).toContain('| Services | Train own staff<br>Use specialists |  |');
	});

	it('shows ticked and unticked boxes for check fields', () => {
		const md = boardToMarkdown(BOARDS.opportunity, { fields: { important: true, offer: 'CRM' }, tables: {} }, 'en');
		expect(md).toContain('- [x] It matters to us');
		expect(md).toContain('- [ ] The customer is early in its buying process');
		expect(md).toContain('- **Product or service to sell:** CRM');
	});
});
