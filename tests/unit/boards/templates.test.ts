import { describe, expect, it } from 'vitest';
import { BOARD_TEMPLATES } from '$lib/method/boards';
import { BOARDS } from '$lib/boards/templates';
import { boardFields } from '$lib/boards/board-content';
import type { BoardDef, FieldDef } from '$lib/boards/board.types';
import { TREE_QUESTIONS } from '$lib/boards/decision-tree';
import { VALUE_SHAPES } from '$lib/boards/value-proposition';

const ID = /^[a-z0-9][a-z0-9-]*$/;

function localizedTexts(value: unknown, path: string, out: [string, unknown][] = []): [string, unknown][] {
	if (Array.isArray(value)) value.forEach((v, i) => localizedTexts(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object') {
		const keys = Object.keys(value);
		if (keys.includes('en') || keys.includes('zh')) out.push([path, value]);
		else for (const [k, v] of Object.entries(value)) localizedTexts(v, `${path}.${k}`, out);
	}
	return out;
}

describe('board templates', () => {
	it('has a board for every template id the course may name', () => {
		expect(Object.keys(BOARDS).sort()).toEqual(BOARD_TEMPLATES.map((t) => t.id).sort());
		for (const [id, def] of Object.entries(BOARDS)) expect(def.id).toBe(id);
	});

	for (const def of Object.values(BOARDS) as BoardDef[]) {
		describe(def.id, () => {
			it('uses unique, well-formed ids for sections, fields, columns and rows', () => {
				const sections = def.sections.map((s) => s.id);
				expect(new Set(sections).size).toBe(sections.length);
				const fields = boardFields(def).map((f) => f.id);
				expect(new Set(fields).size, 'field ids').toBe(fields.length);
				for (const id of [...sections, ...fields]) expect(id).toMatch(ID);
				for (const s of def.sections) {
					if (s.kind !== 'table' && s.kind !== 'grid') continue;
					const columns = s.columns.map((c) => c.id);
					expect(new Set(columns).size).toBe(columns.length);
					for (const id of columns) expect(id).toMatch(ID);
					if (s.kind === 'grid') {
						const rows = s.rows.map((r) => r.id);
						expect(new Set(rows).size).toBe(rows.length);
						for (const id of rows) expect(id).toMatch(ID);
						for (const row of s.rows) if (s.groups) expect(s.groups.map((g) => g.id)).toContain(row.group);
					}
				}
			});

			it('has every text in English and Chinese', () => {
				for (const [path, text] of localizedTexts(def, def.id)) {
					const t = text as Record<string, unknown>;
					expect(Object.keys(t).sort(), path).toEqual(['en', 'zh']);
					expect(typeof t.en === 'string' && t.en.trim(), `${path}.en`).toBeTruthy();
					expect(typeof t.zh === 'string' && t.zh.trim(), `${path}.zh`).toBeTruthy();
				}
			});

			it('gives every choice its options, with unique ids', () => {
				const all: FieldDef[] = [
					...boardFields(def),
					...def.sections.flatMap((s) => (s.kind === 'table' || s.kind === 'grid' ? s.columns : []))
				];
				for (const field of all.filter((f) => f.kind === 'choice')) {
					const ids = field.options?.map((o) => o.id) ?? [];
					expect(ids.length, field.id).toBeGreaterThan(1);
					expect(new Set(ids).size).toBe(ids.length);
				}
			});

			it('marks quadrant grids only with choice fields whose options are the grid rows', () => {
				for (const s of def.sections) {
					if (s.kind !== 'grid' || !s.markers) continue;
					for (const marker of s.markers) {
						const field = boardFields(def).find((f) => f.id === marker);
						expect(field?.kind).toBe('choice');
						expect(field!.options!.map((o) => o.id)).toEqual(s.rows.map((r) => r.id));
					}
				}
			});
		});
	}

	it('lays the SAM grid out as four quadrants and the 9-block sheet as nine cells', () => {
		const sam = BOARDS['sam-grid'].sections.find((s) => s.kind === 'grid');
		expect(sam?.kind === 'grid' && sam.layout === 'quadrants' && sam.rows.length).toBe(4);
		const nine = BOARDS['nine-block'].sections.find((s) => s.kind === 'grid');
		expect(nine?.kind === 'grid' && nine.rows.map((r) => r.id)).toEqual([
			'r1',
			'r2',
			'r3',
			'i1',
			'i2',
			'i3',
			'c1',
			'c2',
			'c3'
		]);
	});

	it('rates all twenty criteria for us and two competitors', () => {
		const grid = BOARDS['opportunity-assessment'].sections.find((s) => s.kind === 'grid');
		expect(grid?.kind === 'grid' && grid.rows.length).toBe(20);
		expect(grid?.kind === 'grid' && grid.columns.map((c) => c.id)).toEqual(['us', 'comp1', 'comp2']);
	});

	it('asks every question of the decision tree and offers every blank of the value shapes', () => {
		const strategy = boardFields(BOARDS['competitive-strategy']).map((f) => f.id);
		for (const q of TREE_QUESTIONS) expect(strategy).toContain(q.id);
		const value = boardFields(BOARDS['value-proposition']).map((f) => f.id);
		for (const blank of VALUE_SHAPES.flatMap((s) => s.blanks)) expect(value).toContain(blank.id);
	});
});

describe('the 9-block sheet', () => {
	it('orders its cells for vision creation and reengineering, every cell once', () => {
		const grid = BOARDS['nine-block'].sections.find((s) => s.kind === 'grid');
		if (grid?.kind !== 'grid') throw new Error('no grid');
		const rows = grid.rows.map((r) => r.id).sort();
		expect(grid.sequence?.orders.creation).toEqual(['r1', 'r2', 'r3', 'i1', 'i2', 'i3', 'c1', 'c2', 'c3']);
		expect(grid.sequence?.orders.reengineering?.slice(0, 3)).toEqual(['c1', 'c2', 'r1']);
		for (const order of Object.values(grid.sequence!.orders)) expect([...order].sort()).toEqual(rows);
		const field = boardFields(BOARDS['nine-block']).find((f) => f.id === grid.sequence!.field);
		expect(field?.options?.map((o) => o.id).sort()).toEqual(Object.keys(grid.sequence!.orders).sort());
	});
});
