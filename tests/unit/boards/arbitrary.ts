import fc from 'fast-check';
import type { BoardContent, BoardDef, FieldDef, FieldValue } from '$lib/boards/board.types';
import { boardFields, boardTables } from '$lib/boards/board-content';

/** A valid, non-empty value for a field. */
export function valueArb(field: FieldDef): fc.Arbitrary<FieldValue> {
	switch (field.kind) {
		case 'check':
			return fc.constant(true);
		case 'choice':
			return fc.constantFrom(...field.options!.map((o) => o.id));
		case 'number':
			return fc.integer({ min: -1e6, max: 1e9 }).map(String);
		case 'date':
			return fc
				.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
				.map((d) => d.toISOString().slice(0, 10));
		case 'text':
			return fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
		case 'longText':
			return fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim() !== '');
	}
}

function cellsArb(columns: readonly FieldDef[]): fc.Arbitrary<Record<string, FieldValue>> {
	return fc.record(Object.fromEntries(columns.map((c) => [c.id, valueArb(c)])), { requiredKeys: [] }) as fc.Arbitrary<
		Record<string, FieldValue>
	>;
}

/** Any content a board can hold: some fields, some rows with some cells, grids partly filled. */
export function contentArb(def: BoardDef): fc.Arbitrary<BoardContent> {
	const fields = fc.record(Object.fromEntries(boardFields(def).map((f) => [f.id, valueArb(f)])), {
		requiredKeys: []
	}) as fc.Arbitrary<Record<string, FieldValue>>;
	const tables = Object.fromEntries(
		boardTables(def).map((t) => {
			if (t.kind === 'grid') {
				return [
					t.id,
					fc
						.tuple(...t.rows.map(() => cellsArb(t.columns)))
						.map((cells) =>
							cells
								.map((c, i) => ({ id: t.rows[i]!.id, order: i, cells: c }))
								.filter((r) => Object.keys(r.cells).length)
						)
				];
			}
			return [
				t.id,
				fc
					.uniqueArray(fc.stringMatching(/^r[a-z0-9]{1,8}$/), { maxLength: 5 })
					.chain((ids) => fc.tuple(...ids.map(() => cellsArb(t.columns))).map((cells) => ({ ids, cells })))
					.map(({ ids, cells }) => ids.map((id, i) => ({ id, order: i + 1, cells: cells[i]! })))
			];
		})
	);
	return fc.record({ fields, tables: fc.record(tables) }).map((c) => ({
		fields: c.fields,
		tables: Object.fromEntries(Object.entries(c.tables).filter(([, rows]) => (rows as unknown[]).length))
	})) as fc.Arbitrary<BoardContent>;
}
