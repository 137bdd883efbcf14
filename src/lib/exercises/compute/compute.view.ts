import type { ComputeField, ResolvedCompute } from './compute.types';

/** The fields filled inside a table, by id. */
export function tableFieldIds(ex: ResolvedCompute): Set<string> {
	return new Set(
		ex.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'field' ? [c.field] : []))))
	);
}

/** The fields shown below the tables, in order. */
export function listFields(ex: ResolvedCompute): ComputeField[] {
	const inTables = tableFieldIds(ex);
	return ex.fields.filter((f) => !inTables.has(f.id));
}
