// The calculations behind compute exercises. Build-time: the browser receives the resulting
// tables and right values, never the case file.
import type { FieldIssue } from '../../content/content.schema';
import type { SsmStep } from '../../content/course.types';
import { formatNumber, LOCALES, type Localized } from '../../i18n/locale';
import type { CaseFile } from '../../scenarios/case.schema';
import { own } from '../common';
import { quantity } from './compute.format';
import type { ComputeCell, ComputeTable, NumberField, Unit } from './compute.types';

/** A value a model works out, which fields and explanations can name. */
export interface ModelValue {
	/** A number, or a conclusion id (e.g. a coverage band). */
	value: number | string;
	/** The unit of a number. */
	unit?: Unit;
	/** Decimals shown. */
	decimals?: number;
}

/** What a model gives an exercise: named values, data tables, and the fields placed in those tables. */
export interface ModelOutput {
	/** Named values. */
	values: Map<string, ModelValue>;
	/** Tables of given data. */
	tables: ComputeTable[];
	/** Fields the learner fills inside the tables. */
	tableFields: NumberField[];
}

/** Texts a model needs from the exercise file, with `{name}` placeholders filled per language. */
export type LabelFn = (id: string, vars?: Record<string, Localized>) => Localized;

/** Makes a label function over an exercise's labels, reporting missing ones. */
export function labelsOf(labels: Readonly<Record<string, Localized>> | undefined, issues: FieldIssue[]): LabelFn {
	return (id, vars = {}) => {
		const found = own(labels, id);
		if (!found) {
			issues.push({ field: `labels.${id}`, message: 'this label is needed' });
			return { en: id, zh: id };
		}
		const fill = (locale: (typeof LOCALES)[number]) =>
			found[locale].replace(/\{([a-zA-Z0-9-]+)\}/g, (whole, name: string) => own(vars, name)?.[locale] ?? whole);
		return { en: fill('en'), zh: fill('zh') };
	};
}

/** A number with its unit, formatted for an explanation. */
function q(value: number, unit: Unit, decimals = 0): Localized {
	return quantity(value, unit, decimals);
}

/** A sum written out, e.g. "60 + 90 = US$150k". */
function sumText(parts: number[], unit: Unit): Localized {
	const terms = parts.map((p) => q(p, 'count'));
	const total = q(
		parts.reduce((a, b) => a + b, 0),
		unit
	);
	return {
		en: `${terms.map((t) => t.en).join(' + ')} = ${total.en}`,
		zh: `${terms.map((t) => t.zh).join(' + ')} = ${total.zh}`
	};
}

const number = (value: number, unit: Unit, decimals = 0): ComputeCell => ({ kind: 'number', value, unit, decimals });

/**
 * The investment case of a case company: the investment by category, the benefit figures as the
 * decks show them (without their quarters), and a quarter-by-quarter table the learner completes.
 * Values: `hardware`, `software`, `services`, `total`, `startQuarter`, `benefitQ1`…`benefitQ8`,
 * `cumulativeQ1`…`cumulativeQ8`, `year1`, `year2`, `benefitTotal`, `paybackQuarter`, `netReturn`,
 * `returnPercent`, `valueLow`, `valueHigh` (US$ k a year, from the preliminary solution). Its first
 * table repeats what the preliminary solution says about time and value.
 */
export function investmentModel(hb: CaseFile, label: LabelFn, issues: FieldIssue[]): ModelOutput {
	const inv = hb.investment;
	const values = new Map<string, ModelValue>();
	const usd = (name: string, value: number) => values.set(name, { value, unit: 'usd-k' });
	const total = inv.hardware.amount + inv.software.amount + inv.services.amount;
	usd('hardware', inv.hardware.amount);
	usd('software', inv.software.amount);
	usd('services', inv.services.amount);
	usd('total', total);
	const quarters = [0, 1, 2, 3, 4, 5, 6, 7];
	const benefit = quarters.map((i) => inv.benefits.reduce((sum, row) => sum + row.quarters[i]!, 0));
	const cumulative = benefit.map((_, i) => benefit.slice(0, i + 1).reduce((a, b) => a + b, 0));
	const start = benefit.findIndex((b) => b > 0) + 1;
	const payback = cumulative.findIndex((c) => c >= total) + 1;
	if (start < 1) issues.push({ field: 'model', message: 'the case has no benefits' });
	if (payback < 1)
		issues.push({ field: 'model', message: 'the benefits never pay back the investment within eight quarters' });
	benefit.forEach((b, i) => usd(`benefitQ${i + 1}`, b));
	cumulative.forEach((c, i) => usd(`cumulativeQ${i + 1}`, c));
	values.set('startQuarter', { value: start, unit: 'quarter' });
	values.set('paybackQuarter', { value: payback, unit: 'quarter' });
	usd(
		'year1',
		benefit.slice(0, 4).reduce((a, b) => a + b, 0)
	);
	usd(
		'year2',
		benefit.slice(4).reduce((a, b) => a + b, 0)
	);
	usd('benefitTotal', cumulative[7]!);
	usd('netReturn', cumulative[7]! - total);
	values.set('returnPercent', {
		value: Math.round(((cumulative[7]! - total) / total) * 1000) / 10,
		unit: 'percent',
		decimals: 1
	});
	const [low, high] = hb.preliminarySolution.valuePerYearMillionsUsd;
	usd('valueLow', low * 1000);
	usd('valueHigh', high * 1000);

	const figures = Math.max(0, 8 - start + 1);
	const [monthsLow, monthsHigh] = hb.preliminarySolution.monthsToImplement;
	const plain = (x: number) => ({ en: formatNumber('en', x), zh: formatNumber('zh', x) });
	const range = (a: number, b: number) => ({ low: plain(a), high: plain(b) });
	const tables: ComputeTable[] = [
		{
			id: 'solution',
			caption: label('solutionCaption'),
			head: [label('item'), label('solutionValue')],
			rows: [
				{
					label: label('implementation'),
					cells: [{ kind: 'text', text: label('months', range(monthsLow, monthsHigh)) }]
				},
				{ label: label('valuePerYear'), cells: [{ kind: 'text', text: label('valueRange', range(low, high)) }] }
			]
		},
		{
			id: 'investment',
			caption: label('investmentCaption'),
			head: [label('item'), label('amount')],
			rows: [
				{ label: label('hardware'), cells: [number(inv.hardware.amount, 'usd-k')] },
				{ label: label('software'), cells: [number(inv.software.amount, 'usd-k')] },
				{ label: label('services'), cells: [number(inv.services.amount, 'usd-k')] },
				{ label: label('total'), cells: [{ kind: 'field', field: 'total' }] }
			]
		},
		{
			id: 'figures',
			caption: label('figuresCaption'),
			head: [label('row'), ...Array.from({ length: figures }, (_, i) => label('figure', { n: q(i + 1, 'count') }))],
			rows: inv.benefits.map((row) => ({
				label: row.label,
				cells: row.quarters.slice(start - 1).map((v) => number(v, 'count'))
			}))
		},
		{
			id: 'quarters',
			caption: label('quartersCaption'),
			head: [label('row'), ...quarters.map((i) => q(i + 1, 'quarter'))],
			rows: [
				{ label: label('benefitRow'), cells: quarters.map((i) => ({ kind: 'field', field: `benefit-q${i + 1}` })) }
			]
		}
	];
	const tableFields: NumberField[] = [
		{
			kind: 'number',
			id: 'total',
			label: label('total'),
			unit: 'usd-k',
			answer: total,
			tolerance: 0,
			decimals: 0,
			explanation: label('totalExplanation', {
				sum: sumText([inv.hardware.amount, inv.software.amount, inv.services.amount], 'usd-k')
			})
		},
		...quarters.map((i): NumberField => ({
			kind: 'number',
			id: `benefit-q${i + 1}`,
			label: label('benefitField', { quarter: q(i + 1, 'quarter') }),
			unit: 'usd-k',
			answer: benefit[i]!,
			tolerance: 0,
			decimals: 0,
			explanation:
				benefit[i]! > 0
					? label('benefitExplanation', {
							quarter: q(i + 1, 'quarter'),
							sum: sumText(
								inv.benefits.map((row) => row.quarters[i]!),
								'usd-k'
							)
						})
					: label('noBenefitExplanation', { quarter: q(i + 1, 'quarter'), start: q(start, 'quarter') })
		}))
	];
	return { values, tables, tableFields };
}

/** The stages a pipeline deal can be at, by the id of the method step that sets them. */
export const PIPELINE_STAGES = ['explore', 'vision', 'qualify', 'develop', 'close'] as const;

/** A pipeline stage id. */
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/**
 * Win probabilities by stage, as commonly taught in public sales-pipeline material (a secondary
 * source, not IBM-authored): Identified 10 %, Validated 25 %, Qualified 50 %, Conditional
 * agreement 75 %, Won 100 %.
 */
export const PIPELINE_PROBABILITIES: Readonly<Record<PipelineStage, number>> = {
	explore: 0.1,
	vision: 0.25,
	qualify: 0.5,
	develop: 0.75,
	close: 1
};

/** Coverage below this is at risk. */
export const COVERAGE_AT_RISK = 2.5;
/** Coverage above this often means stalled or inflated deals. */
export const COVERAGE_HIGH = 4;

/** A deal of a pipeline exercise. */
export interface PipelineDeal {
	/** Stable id. */
	id: string;
	/** The deal. */
	name: Localized;
	/** Its stage. */
	stage: PipelineStage;
	/** Its value in US$ k. */
	value: number;
}

/**
 * A weighted pipeline: the stage probabilities, the deals with a weighted value to fill per deal.
 * Values: `quota`, `won`, `open` (pipeline not yet won), `remaining` (quota − won), `weighted`
 * (forecast: won deals at 100 %), `coverage` (open ÷ remaining), `coverageBand` (`at-risk`,
 * `healthy`, `high`), `gap` (quota − weighted), and `weighted-<deal id>`.
 */
export function pipelineModel(
	deals: readonly PipelineDeal[],
	quota: number,
	steps: readonly SsmStep[],
	label: LabelFn
): ModelOutput {
	const values = new Map<string, ModelValue>();
	const usd = (name: string, value: number) => values.set(name, { value, unit: 'usd-k' });
	const stageName = (stage: PipelineStage) => steps.find((s) => s.id === stage)?.stage ?? { en: stage, zh: stage };
	const weightedOf = (d: PipelineDeal) => Math.round(d.value * PIPELINE_PROBABILITIES[d.stage] * 100) / 100;
	const won = deals.filter((d) => d.stage === 'close').reduce((sum, d) => sum + d.value, 0);
	const open = deals.filter((d) => d.stage !== 'close').reduce((sum, d) => sum + d.value, 0);
	const weighted = deals.reduce((sum, d) => sum + weightedOf(d), 0);
	const coverage = Math.round((open / (quota - won)) * 100) / 100;
	usd('quota', quota);
	usd('won', won);
	usd('open', open);
	usd('remaining', quota - won);
	usd('weighted', weighted);
	usd('gap', quota - weighted);
	values.set('coverage', { value: coverage, unit: 'ratio', decimals: 1 });
	values.set('coverageBand', {
		value: coverage < COVERAGE_AT_RISK ? 'at-risk' : coverage > COVERAGE_HIGH ? 'high' : 'healthy'
	});
	for (const d of deals) usd(`weighted-${d.id}`, weightedOf(d));
	const tables: ComputeTable[] = [
		{
			id: 'probabilities',
			caption: label('probabilitiesCaption'),
			head: [label('stage'), label('probability')],
			rows: PIPELINE_STAGES.map((s) => ({
				label: stageName(s),
				cells: [number(PIPELINE_PROBABILITIES[s] * 100, 'percent')]
			}))
		},
		{
			id: 'deals',
			caption: label('dealsCaption', { quota: q(quota, 'usd-k') }),
			head: [label('deal'), label('stage'), label('value'), label('weightedValue')],
			rows: deals.map((d) => ({
				label: d.name,
				cells: [
					{ kind: 'text', text: stageName(d.stage) },
					number(d.value, 'usd-k'),
					{ kind: 'field', field: `weighted-${d.id}` }
				]
			}))
		}
	];
	const tableFields: NumberField[] = deals.map((d) => ({
		kind: 'number',
		id: `weighted-${d.id}`,
		label: label('weightedField', { deal: d.name }),
		unit: 'usd-k',
		answer: weightedOf(d),
		tolerance: 0.5,
		decimals: 0,
		explanation: label('weightedExplanation', {
			value: q(d.value, 'usd-k'),
			stage: stageName(d.stage),
			probability: q(PIPELINE_PROBABILITIES[d.stage] * 100, 'percent'),
			weighted: q(weightedOf(d), 'usd-k')
		})
	}));
	return { values, tables, tableFields };
}
