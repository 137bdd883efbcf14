import type { FieldIssue } from '../../content/content.schema';
import { duplicateIds, own } from '../common';
import type { ResolveContext } from '../context';
import { STEP_FIELDS, type MatchDef } from './match.def';
import type { MatchColumn, MatchPrompt, ResolvedMatch } from './match.types';

/** Turns a match file into a resolved exercise. */
export function resolveMatch(def: MatchDef, ctx: ResolveContext, issues: FieldIssue[]): ResolvedMatch {
	let columns: MatchColumn[];
	let prompts: MatchPrompt[];
	if (def.source === 'ssm-steps') {
		if (def.prompts) issues.push({ field: 'prompts', message: 'the prompts are the buying steps: leave prompts out' });
		columns = def.columns.map((col, i) => {
			const field = col.id as (typeof STEP_FIELDS)[number];
			if (!STEP_FIELDS.includes(field))
				issues.push({ field: `columns.${i}.id`, message: `must be one of ${STEP_FIELDS.join(', ')}` });
			if (col.options)
				issues.push({ field: `columns.${i}.options`, message: 'the options are the steps: leave them out' });
			return {
				id: col.id,
				name: col.name,
				options: ctx.ssmSteps.map((s) => ({ id: s.id, text: s[field] ?? s.selling }))
			};
		});
		prompts = ctx.ssmSteps.map((step) => {
			const explanation = own(def.explanations, step.id);
			if (!explanation) issues.push({ field: `explanations.${step.id}`, message: 'every step needs an explanation' });
			return {
				id: step.id,
				text: step.buying,
				label: String(step.number),
				key: Object.fromEntries(columns.map((c) => [c.id, step.id])),
				explanation: explanation ?? { en: '', zh: '' }
			};
		});
	} else {
		columns = def.columns.map((col, i) => {
			if (!col.options?.length) issues.push({ field: `columns.${i}.options`, message: 'a column needs options' });
			issues.push(
				...duplicateIds(
					(col.options ?? []).map((o) => o.id),
					`columns.${i}.options`
				)
			);
			return { id: col.id, name: col.name, options: col.options ?? [] };
		});
		prompts = (def.prompts ?? []).map((p, i) => {
			for (const col of columns) {
				const key = own(p.key, col.id);
				if (!key || !col.options.some((o) => o.id === key)) {
					issues.push({ field: `prompts.${i}.key.${col.id}`, message: `needs one of the options of column ${col.id}` });
				}
			}
			for (const colId of Object.keys(p.key)) {
				if (!columns.some((c) => c.id === colId))
					issues.push({ field: `prompts.${i}.key.${colId}`, message: 'no such column' });
			}
			return { id: p.id, text: p.text, key: p.key, explanation: p.explanation };
		});
	}
	if (prompts.length < 2) issues.push({ field: 'prompts', message: 'a match needs at least two prompts' });
	issues.push(
		...duplicateIds(
			columns.map((c) => c.id),
			'columns'
		)
	);
	issues.push(
		...duplicateIds(
			prompts.map((p) => p.id),
			'prompts'
		)
	);
	return {
		id: def.id,
		type: 'match',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		promptName: def.promptName,
		columns,
		prompts
	};
}
