import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { ResolvedBase } from '../base';
import type { Choice } from '../common';

/** The unit of a number: thousands of US dollars, a percentage, a quarter, a ratio (×), a count. */
export type Unit = 'usd-k' | 'percent' | 'quarter' | 'ratio' | 'count';

/** A cell of a data table: text, a number, or a field the learner fills in place. */
export type ComputeCell =
	| { kind: 'text'; text: Localized }
	| { kind: 'number'; value: number; unit: Unit; decimals: number }
	| { kind: 'field'; field: string };

/** A table of given data, possibly with fields to fill. */
export interface ComputeTable {
	/** Stable id. */
	id: string;
	/** What the table shows. */
	caption: Localized;
	/** The column headings; the first heads the row labels. */
	head: Localized[];
	/** The rows. */
	rows: { label: Localized; cells: ComputeCell[] }[];
}

/** A number to work out. */
export interface NumberField {
	/** A number field. */
	kind: 'number';
	/** Stable id. */
	id: string;
	/** What to work out. */
	label: Localized;
	/** Its unit. */
	unit: Unit;
	/** The right value. */
	answer: number;
	/** How far from the right value an answer may be and still count. */
	tolerance: number;
	/** Decimals shown in the right value. */
	decimals: number;
	/** The working. */
	explanation: Localized;
}

/** A conclusion or assumption to choose. */
export interface ChoiceField {
	/** A choice field. */
	kind: 'choice';
	/** Stable id. */
	id: string;
	/** What to choose. */
	label: Localized;
	/** The options. */
	options: Choice[];
	/** The right option id. */
	answer: string;
	/** Why. */
	explanation: Localized;
}

/** A field of a compute exercise. */
export type ComputeField = NumberField | ChoiceField;

/** Work out numbers from given data (an investment case, a weighted pipeline). */
export interface ResolvedCompute extends ResolvedBase {
	/** The type. */
	type: 'compute';
	/** The given data. */
	tables: ComputeTable[];
	/** The fields, in order; fields placed in a table are filled there. */
	fields: ComputeField[];
}

/** The learner's answer: the text typed (or the option id chosen) per field id. */
export const ComputeAnswerSchema = v.object({ values: v.record(v.string(), v.string()) });

/** The learner's answer to a compute exercise. */
export type ComputeAnswer = v.InferOutput<typeof ComputeAnswerSchema>;
