import type { FieldIssue } from '../../content/content.schema';
import type { Localized } from '../../i18n/locale';
import { duplicateIds, slugOf, type Choice } from '../common';
import { caseOf, initiativeText, vocabulary, type ResolveContext } from '../context';
import type { ClassifyDef } from './classify.def';
import type { ClassifyItem, ResolvedClassify } from './classify.types';

/** Turns a classify file into a resolved exercise, taking case facts from the context. */
export function resolveClassify(def: ClassifyDef, ctx: ResolveContext, issues: FieldIssue[]): ResolvedClassify {
	const categories: Choice[] = typeof def.categories === 'string' ? vocabulary(def.categories, ctx) : def.categories;
	issues.push(
		...duplicateIds(
			categories.map((c) => c.id),
			'categories'
		)
	);
	const known = new Set(categories.map((c) => c.id));
	const items: ClassifyItem[] = [];
	def.items.forEach((raw, i) => {
		const field = `items.${i}`;
		const fail = (message: string) => issues.push({ field, message });
		let id = raw.id;
		let text: Localized | undefined = raw.text;
		let category = raw.category;
		const refs = [raw.initiative, raw.technology, raw.caseText].filter((r) => r !== undefined).length;
		if (refs > 1) return fail('refer to one case fact only');
		if (raw.initiative || raw.technology) {
			if (raw.text || raw.category) return fail('the text and category come from the case: leave them out');
			const hb = caseOf(def.case, ctx, issues);
			if (!hb) return;
			if (raw.initiative) {
				const found = hb.initiatives.find((x) => x.id === raw.initiative);
				if (!found) return fail(`no initiative ${raw.initiative} in case ${hb.id}`);
				id ??= found.id;
				text = initiativeText(found);
				category = found.focus;
			} else {
				const found = hb.technology.flatMap((t) =>
					[...t.general, ...t.specific].map((entry) => ({ area: t.area, entry }))
				);
				const match = found.find((f) => slugOf(f.entry.en) === raw.technology);
				if (!match) return fail(`no technology preference ${raw.technology} in case ${hb.id}`);
				id ??= raw.technology;
				text = match.entry;
				category = match.area;
			}
		} else if (raw.caseText) {
			if (raw.text) return fail('the text comes from the case: leave it out');
			if (!raw.ref) return fail('caseText needs a ref');
			const hb = caseOf(def.case, ctx, issues);
			if (!hb) return;
			if (raw.caseText === 'outcome') text = hb.valueStatement.outcomes.find((o) => o.id === raw.ref);
			else if (raw.caseText === 'capability')
				text = hb.valueStatement.capabilities.find((c) => slugOf(c.en) === raw.ref);
			else text = hb.initiatives.find((x) => x.id === raw.ref)?.compellingReason;
			if (!text) return fail(`no ${raw.caseText} ${raw.ref} in case ${hb.id}`);
			text = { en: text.en, zh: text.zh };
			id ??= `${raw.caseText}-${raw.ref}`;
		}
		if (!id || !text || !category) return fail('an item needs id, text and category, or a reference to the case');
		if (!known.has(category)) return fail(`unknown category ${category}`);
		for (const p of raw.partial ?? []) {
			if (!known.has(p.choice) || p.choice === category) fail(`partial credit for ${p.choice}: not another category`);
		}
		items.push({ id, text, category, partial: raw.partial ?? [], explanation: raw.explanation });
	});
	issues.push(
		...duplicateIds(
			items.map((x) => x.id),
			'items'
		)
	);
	return {
		id: def.id,
		type: 'classify',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		categories,
		items
	};
}
