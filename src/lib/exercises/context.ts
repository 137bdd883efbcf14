import * as v from 'valibot';
import type { FieldIssue } from '../content/content.schema';
import type { SsmStep } from '../content/course.types';
import type { Localized } from '../i18n/locale';
import { COMPETITIVE_STRATEGIES } from '../method/competitive';
import { ISC_AREAS } from '../method/isc';
import { NINE_BLOCK_CELLS, NINE_BLOCK_COLUMNS, NINE_BLOCK_ROWS, type NineBlockCell } from '../method/nine-block';
import { SAM_AXES, SAM_QUADRANTS } from '../method/sam';
import type { CaseFile, CasePerson } from '../scenarios/case.schema';
import type { Choice } from './common';

/** What exercise files may refer to: the case companies and the seven steps of the method. */
export interface ResolveContext {
	/** Case companies by id (`scenarios/<id>/case.yaml`). */
	cases: ReadonlyMap<string, CaseFile>;
	/** The seven steps of the method (`content/data/ssm-process.yaml`). */
	ssmSteps: readonly SsmStep[];
}

/** The case an exercise refers to, or an issue when it names none or an unknown one. */
export function caseOf(caseId: string | undefined, ctx: ResolveContext, issues: FieldIssue[]): CaseFile | undefined {
	if (!caseId) {
		issues.push({ field: 'case', message: 'this exercise refers to case facts: name the case, e.g. case: homebody' });
		return undefined;
	}
	const found = ctx.cases.get(caseId);
	if (!found) issues.push({ field: 'case', message: `no case with id ${caseId}` });
	return found;
}

/** A person's name with their short title, e.g. "Sarah Updown, VP Sales & Marketing". */
export function personLabel(person: CasePerson): Localized {
	return { en: `${person.name}, ${person.short.en}`, zh: `${person.name}（${person.short.zh}）` };
}

/** Lists of categories that exercises take from the method rather than writing them out. */
export const VOCABULARIES = [
	'initiative-focus',
	'isc-areas',
	'sam-quadrants',
	'nine-block-cells',
	'opportunity-stages',
	'competitive-strategies'
] as const;

/** The name of a method vocabulary. */
export type VocabularyName = (typeof VOCABULARIES)[number];

/** Schema of a vocabulary name. */
export const VocabularySchema = v.picklist(VOCABULARIES);

/** The name of a 9-block cell: its column and row, e.g. "Diagnose reasons, open questions". */
export function nineBlockCellName(cell: NineBlockCell): Localized {
	const column = NINE_BLOCK_COLUMNS.find((c) => c.id === cell[0])!;
	const row = NINE_BLOCK_ROWS.find((r) => String(r.id) === cell[1])!;
	return { en: `${column.name.en}, ${row.name.en.toLowerCase()}`, zh: `${column.name.zh} · ${row.name.zh}` };
}

/** The choices of a method vocabulary, with the names the method gives them. */
export function vocabulary(name: VocabularyName, ctx: ResolveContext): Choice[] {
	switch (name) {
		case 'initiative-focus':
			return [
				{ id: 'revenue', text: SAM_AXES.revenue },
				{ id: 'cost', text: SAM_AXES.cost }
			];
		case 'isc-areas':
			return ISC_AREAS.map((a) => ({ id: a.id, text: a.name }));
		case 'sam-quadrants':
			return SAM_QUADRANTS.map((q) => ({ id: q.id, text: q.name }));
		case 'nine-block-cells':
			return NINE_BLOCK_CELLS.map((cell) => ({ id: cell, text: nineBlockCellName(cell), symbol: cell }));
		case 'opportunity-stages':
			return ctx.ssmSteps.map((s) => ({ id: s.id, text: s.stage }));
		case 'competitive-strategies':
			return COMPETITIVE_STRATEGIES.map((s) => ({ id: s.id, text: s.name }));
	}
}

/** An initiative in the two-part form: desired result BY planned activity (in Chinese, 通过…，…). */
export function initiativeText(initiative: CaseFile['initiatives'][number]): Localized {
	return {
		en: `${initiative.result.en} by ${initiative.activity.en}`,
		zh: `通过${initiative.activity.zh}，${initiative.result.zh}`
	};
}
