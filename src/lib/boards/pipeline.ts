import type { Localized } from '../i18n/locale';

/** An opportunity stage of the method with the win probability commonly taught for it. */
export interface PipelineStage {
	/** Stable id. */
	id: 'identified' | 'validated' | 'qualified' | 'conditional' | 'won';
	/** The stage's name. */
	name: Localized;
	/** The win probability commonly taught (a secondary source, not IBM's), from 0 to 1. */
	probability: number;
}

/** The opportunity stages that carry a forecast, in order. */
export const PIPELINE_STAGES: readonly PipelineStage[] = [
	{ id: 'identified', name: { en: 'Identified', zh: '发现' }, probability: 0.1 },
	{ id: 'validated', name: { en: 'Validated', zh: '确立' }, probability: 0.25 },
	{ id: 'qualified', name: { en: 'Qualified', zh: '确认' }, probability: 0.5 },
	{ id: 'conditional', name: { en: 'Conditional agreement', zh: '有条件一致' }, probability: 0.75 },
	{ id: 'won', name: { en: 'Won', zh: '赢' }, probability: 1 }
];

/** A deal in the pipeline, as typed on the board. */
export interface PipelineDeal {
	/** Its value. */
	value: number;
	/** Its stage, if set. */
	stage?: PipelineStage['id'];
}

/** What the pipeline adds up to. */
export interface PipelineTotals {
	/** The value of every open deal (not yet won) with a stage. */
	open: number;
	/** The sum of value × stage probability over open deals. */
	weighted: number;
	/** The value already won. */
	won: number;
	/** Open pipeline ÷ quota, when a quota is given. */
	coverage?: number;
	/** How the coverage reads: under 2.5 at risk, up to 4 healthy, above 4 worth checking for stalled deals. */
	coverageReading?: 'at-risk' | 'healthy' | 'check-stalled';
}

/** Adds up a pipeline. Pure. */
export function pipelineTotals(deals: readonly PipelineDeal[], quota?: number): PipelineTotals {
	let open = 0;
	let weighted = 0;
	let won = 0;
	for (const deal of deals) {
		const stage = PIPELINE_STAGES.find((s) => s.id === deal.stage);
		if (!stage) continue;
		if (stage.id === 'won') won += deal.value;
		else {
			open += deal.value;
			weighted += deal.value * stage.probability;
		}
	}
	const totals: PipelineTotals = { open, weighted, won };
	if (quota && quota > 0) {
		const coverage = open / quota;
		totals.coverage = coverage;
		totals.coverageReading = coverage < 2.5 ? 'at-risk' : coverage <= 4 ? 'healthy' : 'check-stalled';
	}
	return totals;
}
