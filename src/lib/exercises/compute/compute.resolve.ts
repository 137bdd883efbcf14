import type { FieldIssue } from '../../content/content.schema';
import { LOCALES, type Localized } from '../../i18n/locale';
import { duplicateIds } from '../common';
import { caseOf, type ResolveContext } from '../context';
import type { ComputeDef } from './compute.def';
import { formatQuantity } from './compute.format';
import { investmentModel, labelsOf, pipelineModel, type ModelOutput, type ModelValue } from './compute.models';
import type { ComputeField, ResolvedCompute } from './compute.types';

/** Fills `{name}` with the model's values, formatted per language. */
function withValues(text: Localized, values: Map<string, ModelValue>, field: string, issues: FieldIssue[]): Localized {
	const unknown = new Set<string>();
	const fill = (locale: (typeof LOCALES)[number]) =>
		text[locale].replace(/\{([a-zA-Z0-9-]+)\}/g, (whole, name: string) => {
			const found = values.get(name);
			if (!found || typeof found.value !== 'number') {
				unknown.add(name);
				return whole;
			}
			return formatQuantity(locale, found.value, found.unit ?? 'count', found.decimals ?? 0);
		});
	const filled = { en: fill('en'), zh: fill('zh') };
	for (const name of unknown) issues.push({ field, message: `{${name}} is not a number the model works out` });
	return filled;
}

/** Turns a compute file into a resolved exercise: runs its model and checks every field against it. */
export function resolveCompute(def: ComputeDef, ctx: ResolveContext, issues: FieldIssue[]): ResolvedCompute {
	const label = labelsOf(def.labels, issues);
	let model: ModelOutput = { values: new Map(), tables: [], tableFields: [] };
	const hb =
		def.model === 'investment' || def.fields.some((f) => f.caseNote) ? caseOf(def.case, ctx, issues) : undefined;
	if (def.model === 'investment') {
		if (hb) model = investmentModel(hb, label, issues);
	} else {
		if (!def.deals?.length || !def.quota)
			issues.push({ field: 'deals', message: 'a pipeline needs deals and a quota' });
		else model = pipelineModel(def.deals, def.quota, ctx.ssmSteps, label);
	}
	const fields: ComputeField[] = [...model.tableFields];
	def.fields.forEach((raw, i) => {
		const field = `fields.${i}`;
		const note = raw.caseNote && hb ? hb.investment.benefitAssumption : undefined;
		const explained = withValues(raw.explanation, model.values, `${field}.explanation`, issues);
		const explanation = note ? { en: `${explained.en} ${note.en}`, zh: `${explained.zh}${note.zh}` } : explained;
		if (raw.options) {
			const found = raw.value ? model.values.get(raw.value) : undefined;
			const answer = raw.answer ?? (typeof found?.value === 'string' ? found.value : undefined);
			if ((raw.answer === undefined) === (raw.value === undefined)) {
				issues.push({ field, message: 'a choice gives either its answer or the model value that is its answer' });
			}
			if (!answer || !raw.options.some((o) => o.id === answer))
				issues.push({ field, message: `the answer ${answer} is not an option` });
			issues.push(
				...duplicateIds(
					raw.options.map((o) => o.id),
					`${field}.options`
				)
			);
			fields.push({
				kind: 'choice',
				id: raw.id,
				label: raw.label,
				options: raw.options,
				answer: answer ?? '',
				explanation
			});
			return;
		}
		const found = raw.value ? model.values.get(raw.value) : undefined;
		if (!found || typeof found.value !== 'number') {
			return issues.push({ field: `${field}.value`, message: `${raw.value} is not a number the model works out` });
		}
		fields.push({
			kind: 'number',
			id: raw.id,
			label: raw.label,
			unit: found.unit ?? 'count',
			answer: found.value,
			tolerance: raw.tolerance ?? 0,
			decimals: found.decimals ?? 0,
			explanation
		});
	});
	issues.push(
		...duplicateIds(
			fields.map((f) => f.id),
			'fields'
		)
	);
	return {
		id: def.id,
		type: 'compute',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		tables: model.tables,
		fields
	};
}
