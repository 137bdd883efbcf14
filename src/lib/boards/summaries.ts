import { COMPETITIVE_STRATEGIES } from '../method/competitive';
import { TAS_CRITERIA, TAS_QUESTIONS } from '../method/tas';
import { formatNumber, LOCALES, type Locale, type Localized } from '../i18n/locale';
import type { BoardContent, BoardDef, FieldValue, SummaryId } from './board.types';
import { TREE_QUESTIONS, walkTree, type TreeAnswers } from './decision-tree';
import { pipelineTotals, type PipelineStage } from './pipeline';
import { criterionRowId } from './templates/opportunity-assessment';
import { fillSentence, VALUE_SHAPES, type SentencePart } from './value-proposition';

/** A summary drawn as a small table (or a list of label and value when it has no columns). */
export interface SummaryTable {
	/** Marks a table. */
	kind: 'table';
	/** Column headings after the row label, if it is a table. */
	columns?: Localized[];
	/** The rows. */
	rows: { label: Localized; cells: Localized[] }[];
	/** A remark under it. */
	note?: Localized;
}

/** A summary that is a sentence with blanks (the value proposition). */
export interface SummarySentence {
	/** Marks a sentence. */
	kind: 'sentence';
	/** The sentence in each language, or an empty list until a shape is chosen. */
	parts: Record<Locale, SentencePart[]>;
}

/** What a summary section shows. */
export type Summary = SummaryTable | SummarySentence;

const both = (make: (locale: Locale) => string): Localized => ({ en: make('en'), zh: make('zh') });
const text = (value: FieldValue | undefined) => (typeof value === 'string' ? value.trim() : '');
const amount = (value: FieldValue | undefined) => {
	const n = Number(text(value));
	return text(value) && Number.isFinite(n) ? n : 0;
};
const num = (n: number, digits = 0) => both((l) => formatNumber(l, n, { maximumFractionDigits: digits }));

function tasTally(content: BoardContent): SummaryTable {
	const rows = new Map((content.tables.criteria ?? []).map((r) => [r.id, r]));
	const parties = [
		{ id: 'us', name: { en: 'Us', zh: '我方' } },
		{
			id: 'comp1',
			name: text(content.fields.comp1)
				? both(() => text(content.fields.comp1))
				: { en: 'Competitor 1', zh: '竞争对手 1' }
		},
		{
			id: 'comp2',
			name: text(content.fields.comp2)
				? both(() => text(content.fields.comp2))
				: { en: 'Competitor 2', zh: '竞争对手 2' }
		}
	];
	return {
		kind: 'table',
		columns: parties.map((p) => p.name),
		rows: TAS_QUESTIONS.map((question) => {
			const criteria = TAS_CRITERIA.filter((c) => c.question === question.id);
			return {
				label: question.name,
				cells: parties.map((party) => {
					const count = (rating: string) =>
						criteria.filter((c) => rows.get(criterionRowId(c.number))?.cells[party.id] === rating).length;
					const unrated = criteria.length - count('+') - count('-') - count('?');
					return both((l) =>
						[
							`+${count('+')}`,
							`−${count('-')}`,
							`?${count('?')}`,
							unrated ? (l === 'en' ? `${unrated} not rated` : `${unrated} 项未评`) : ''
						]
							.filter(Boolean)
							.join(' · ')
					);
				})
			};
		}),
		note: {
			en: 'Each question covers five criteria. A ? is something to find out; a − on "can we win?" is a reason to rethink the strategy.',
			zh: '每个问题包含五项标准。? 代表需要弄清楚的事；“我们能赢吗？”中出现 −，就该重新考虑策略。'
		}
	};
}

function strategy(content: BoardContent): SummaryTable {
	const answers: TreeAnswers = {};
	for (const q of TREE_QUESTIONS) {
		const value = content.fields[q.id];
		if (value === 'yes' || value === 'no') answers[q.id] = value;
	}
	const walk = walkTree(answers);
	const reached = COMPETITIVE_STRATEGIES.find((s) => s.id === walk.strategy);
	const chosen = COMPETITIVE_STRATEGIES.find((s) => s.id === content.fields.strategy);
	const rows: SummaryTable['rows'] = [];
	if (reached) {
		rows.push({ label: { en: 'The tree leads to', zh: '决策树指向' }, cells: [reached.name] });
		rows.push({ label: { en: 'How it works', zh: '策略要点' }, cells: [reached.gist] });
	} else {
		const next = TREE_QUESTIONS.find((q) => q.id === walk.next)!;
		rows.push({ label: { en: 'Next question', zh: '下一个问题' }, cells: [next.text] });
	}
	const note =
		reached && chosen && chosen.id !== reached.id
			? {
					en: `You chose ${chosen.name.en}, but your answers lead to ${reached.name.en}: say why in "Why".`,
					zh: `你们选择了“${chosen.name.zh}”，但回答指向“${reached.name.zh}”：请在“理由”中说明原因。`
				}
			: undefined;
	return { kind: 'table', rows, note };
}

function investment(content: BoardContent): SummaryTable {
	const unit = text(content.fields.unit);
	const money = (n: number) =>
		both((l) => `${formatNumber(l, n, { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`);
	const costs = content.tables.costs ?? [];
	const byCategory = (id: string) =>
		costs.filter((r) => r.cells.category === id).reduce((s, r) => s + amount(r.cells.amount), 0);
	const total = costs.reduce((s, r) => s + amount(r.cells.amount), 0);
	const yearly = (content.tables.benefits ?? []).reduce((s, r) => s + amount(r.cells.yearly), 0);
	const rows: SummaryTable['rows'] = [
		{ label: { en: 'Hardware', zh: '硬件' }, cells: [money(byCategory('hardware'))] },
		{ label: { en: 'Software', zh: '软件' }, cells: [money(byCategory('software'))] },
		{ label: { en: 'Services', zh: '服务' }, cells: [money(byCategory('services'))] },
		{
			label: { en: 'Other', zh: '其他' },
			cells: [
				money(
					byCategory('other') + costs.filter((r) => !r.cells.category).reduce((s, r) => s + amount(r.cells.amount), 0)
				)
			]
		},
		{ label: { en: 'Total investment', zh: '投资合计' }, cells: [money(total)] },
		{ label: { en: 'Yearly benefit at full run rate', zh: '全面见效后每年收益' }, cells: [money(yearly)] }
	];
	if (total > 0 && yearly > 0) {
		const months = (total / yearly) * 12;
		rows.push({
			label: { en: 'Simple payback', zh: '简单回收期' },
			cells: [
				both((l) =>
					l === 'en'
						? `${formatNumber(l, months, { maximumFractionDigits: 1 })} months`
						: `${formatNumber(l, months, { maximumFractionDigits: 1 })} 个月`
				)
			]
		});
	}
	return {
		kind: 'table',
		rows,
		note: {
			en: 'Payback counts from full run rate; benefits usually build up over the first quarters, so the real payback is later.',
			zh: '回收期按全面见效后的收益计算；收益通常在最初几个季度逐步增长，实际回收期会更晚。'
		}
	};
}

function pipeline(content: BoardContent): SummaryTable {
	const deals = (content.tables.deals ?? []).map((r) => ({
		value: amount(r.cells.value),
		stage: typeof r.cells.stage === 'string' ? (r.cells.stage as PipelineStage['id']) : undefined
	}));
	const quota = amount(content.fields.quota);
	const totals = pipelineTotals(deals, quota || undefined);
	const rows: SummaryTable['rows'] = [
		{ label: { en: 'Open pipeline', zh: '在途商机金额' }, cells: [num(totals.open, 2)] },
		{ label: { en: 'Weighted forecast', zh: '加权预测' }, cells: [num(totals.weighted, 2)] },
		{ label: { en: 'Won', zh: '已赢单' }, cells: [num(totals.won, 2)] }
	];
	if (totals.coverage !== undefined) {
		const reading = {
			'at-risk': { en: 'at risk: under 2.5 times the quota', zh: '有风险：不足指标的 2.5 倍' },
			healthy: { en: 'healthy: about three times the quota is the usual target', zh: '健康：通常目标约为指标的 3 倍' },
			'check-stalled': {
				en: 'check for stalled deals: far above four times the quota',
				zh: '请检查是否有停滞的商机：远高于指标的 4 倍'
			}
		}[totals.coverageReading!];
		rows.push({
			label: { en: 'Coverage', zh: '覆盖率' },
			cells: [both((l) => `${formatNumber(l, totals.coverage!, { maximumFractionDigits: 1 })}× · ${reading[l]}`)]
		});
	}
	return {
		kind: 'table',
		rows,
		note: {
			en: 'Weights commonly taught for the stages (a secondary source, not IBM’s): Identified 10 %, Validated 25 %, Qualified 50 %, Conditional agreement 75 %, Won 100 %.',
			zh: '各阶段常用的权重（来自二手资料，并非 IBM 官方）：发现 10%，确立 25%，确认 50%，有条件一致 75%，赢 100%。'
		}
	};
}

function sentence(content: BoardContent): SummarySentence {
	const shape = VALUE_SHAPES.find((s) => s.id === content.fields.shape);
	const parts = Object.fromEntries(
		LOCALES.map((l) => [l, shape ? fillSentence(shape, content.fields, l) : []])
	) as Record<Locale, SentencePart[]>;
	return { kind: 'sentence', parts };
}

/** Works out a board's summary from its content. Pure. */
export function computeSummary(id: SummaryId, _def: BoardDef, content: BoardContent): Summary {
	switch (id) {
		case 'tas-tally':
			return tasTally(content);
		case 'strategy':
			return strategy(content);
		case 'investment':
			return investment(content);
		case 'pipeline':
			return pipeline(content);
		case 'value-sentence':
			return sentence(content);
	}
}
