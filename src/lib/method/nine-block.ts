import type { Localized } from '../i18n/locale';

/** A column of the 9-block model: diagnose reasons, explore impact, visualise capabilities. */
export type NineBlockColumn = 'R' | 'I' | 'C';
/** A row of the 9-block model: 1 open, 2 control, 3 confirm questions. */
export type NineBlockRow = 1 | 2 | 3;
/** A cell of the 9-block model, such as `R1` or `C3`. */
export type NineBlockCell = `${NineBlockColumn}${NineBlockRow}`;

/** The columns, with their names. */
export const NINE_BLOCK_COLUMNS: readonly { id: NineBlockColumn; name: Localized }[] = [
	{ id: 'R', name: { en: 'Diagnose reasons', zh: '诊断原因' } },
	{ id: 'I', name: { en: 'Explore impact', zh: '探究影响' } },
	{ id: 'C', name: { en: 'Visualise capabilities', zh: '构想能力' } }
];

/** The rows, with their names. */
export const NINE_BLOCK_ROWS: readonly { id: NineBlockRow; name: Localized }[] = [
	{ id: 1, name: { en: 'Open questions', zh: '开放式问题' } },
	{ id: 2, name: { en: 'Control questions', zh: '控制式问题' } },
	{ id: 3, name: { en: 'Confirm questions', zh: '确认式问题' } }
];

/** Vision creation (no vision yet): down the reasons column, then impact, then capabilities. */
export const VISION_CREATION_ORDER: readonly NineBlockCell[] = ['R1', 'R2', 'R3', 'I1', 'I2', 'I3', 'C1', 'C2', 'C3'];

/** Vision reengineering (the customer already has a vision, often a competitor's). */
export const VISION_REENGINEERING_ORDER: readonly NineBlockCell[] = [
	'C1',
	'C2',
	'R1',
	'R2',
	'R3',
	'I1',
	'I2',
	'I3',
	'C3'
];

/** Every cell, in creation order. */
export const NINE_BLOCK_CELLS: readonly NineBlockCell[] = VISION_CREATION_ORDER;
