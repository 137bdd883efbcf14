import type { Localized } from '../i18n/locale';
import type { BoardTemplateId } from '../method/boards';

/** How a field is typed in: one line, several lines, a number, a date, one choice, or a tick. */
export type FieldKind = 'text' | 'longText' | 'number' | 'date' | 'choice' | 'check';

/** A value of a choice field. */
export interface ChoiceOption {
	/** Stable id, stored as the field's value. */
	id: string;
	/** What the option says. */
	label: Localized;
	/** A short mark drawn on the board (for example `+`, `A` or `*`), if the method uses one. */
	symbol?: string;
}

/** One thing to fill in on a board: a field, or a column of a table. */
export interface FieldDef {
	/** Stable id, unique within its section; part of the saved record's id. */
	id: string;
	/** How it is typed in. */
	kind: FieldKind;
	/** Its label. */
	label: Localized;
	/** A short hint on what to write, shown under the label. */
	hint?: Localized;
	/** The choices, for a `choice` field. */
	options?: readonly ChoiceOption[];
}

/** A fixed row of a grid, such as an ISC area or one of the twenty criteria. */
export interface GridRow {
	/** Stable id, unique within its grid. */
	id: string;
	/** The row's heading. */
	label: Localized;
	/** A short explanation of the row, if it needs one. */
	hint?: Localized;
	/** The group it belongs to (for the twenty criteria, the question), if the grid has groups. */
	group?: string;
}

/** A group of fields. */
export interface FieldsSection {
	/** Marks a group of fields. */
	kind: 'fields';
	/** Stable id, unique within the board. */
	id: string;
	/** The section's heading, if it has one. */
	title?: Localized;
	/** A sentence on what to do here. */
	intro?: Localized;
	/** Its fields. */
	fields: readonly FieldDef[];
}

/** A table whose rows the team adds, removes and orders (initiatives, people, events …). */
export interface TableSection {
	/** Marks a table of rows the team adds. */
	kind: 'table';
	/** Stable id, unique within the board. */
	id: string;
	/** The table's heading. */
	title: Localized;
	/** A sentence on what to do here. */
	intro?: Localized;
	/** What one row is called ("Initiative", "Person" …). */
	rowLabel: Localized;
	/** Its columns. */
	columns: readonly FieldDef[];
	/** How many empty rows a blank printed board shows. */
	printRows: number;
}

/** A table with fixed rows (ISC areas, quadrants, criteria …), one cell per row and column. */
export interface GridSection {
	/** Marks a table with fixed rows. */
	kind: 'grid';
	/** Stable id, unique within the board. */
	id: string;
	/** The grid's heading. */
	title: Localized;
	/** A sentence on what to do here. */
	intro?: Localized;
	/**
	 * How it is drawn: a table; a 2×2 of quadrants (rows given bottom-left, bottom-right, top-left,
	 * top-right, as the SAM grid lists them); or the 3×3 of the 9-block model (rows grouped by column).
	 */
	layout: 'table' | 'quadrants' | 'nine';
	/** The axes of a quadrant grid: left to right, bottom to top. */
	axes?: { x: Localized; y: Localized };
	/** The groups rows belong to, in order, if any. */
	groups?: readonly { id: string; label: Localized }[];
	/** The fixed rows. */
	rows: readonly GridRow[];
	/** Its columns. */
	columns: readonly FieldDef[];
	/** Choice fields of the board whose value is one of this grid's row ids, drawn as a mark in that row. */
	markers?: readonly string[];
	/** A choice field whose value picks the order to work through the rows in (the 9-block orders). */
	sequence?: { field: string; orders: Readonly<Record<string, readonly string[]>> };
}

/** Guidance printed on the board: questions to ask, the order of steps, a template to follow. */
export interface GuideSection {
	/** Marks a block of guidance. */
	kind: 'guide';
	/** Stable id, unique within the board. */
	id: string;
	/** Its heading. */
	title: Localized;
	/** The points, in order. */
	items: readonly Localized[];
	/** Whether the points are steps in order (numbered) rather than a list. */
	ordered?: boolean;
}

/** Something the board works out from what was typed (tallies, totals, the recommended strategy). */
export interface SummarySection {
	/** Marks a computed summary. */
	kind: 'summary';
	/** Stable id, unique within the board. */
	id: string;
	/** Its heading. */
	title: Localized;
	/** Which computation, from `summaries.ts`. */
	compute: SummaryId;
}

/** The computations a board can show. */
export type SummaryId = 'tas-tally' | 'strategy' | 'investment' | 'pipeline' | 'value-sentence';

/** A part of a board. */
export type BoardSection = FieldsSection | TableSection | GridSection | GuideSection | SummarySection;

/** A flip-chart template: what the team fills in, section by section. */
export interface BoardDef {
	/** The template id from `src/lib/method/boards.ts`. */
	id: BoardTemplateId;
	/** What the board is for, in a sentence. */
	purpose: Localized;
	/** Its sections, top to bottom. */
	sections: readonly BoardSection[];
}

/** A value typed into a field or cell: text (numbers and dates too, as typed) or a tick. */
export type FieldValue = string | boolean;

/** A row of a table the team added. */
export interface BoardRow {
	/** Stable id, generated when the row is added. */
	id: string;
	/** Its position; rows are shown in increasing order. */
	order: number;
	/** Its cells by column id; empty cells are absent. */
	cells: Record<string, FieldValue>;
}

/** Everything typed into one board, in memory. Empty fields are absent. */
export interface BoardContent {
	/** Field values by field id. */
	fields: Record<string, FieldValue>;
	/** Rows of each table, in order, and cells of each grid (as rows with the fixed ids), by section id. */
	tables: Record<string, BoardRow[]>;
}
