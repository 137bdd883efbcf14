import type { FieldIssue } from '../../content/content.schema';
import type { Localized } from '../../i18n/locale';
import { ISC_AREAS } from '../../method/isc';
import type { CaseFile } from '../../scenarios/case.schema';
import { duplicateIds, own, slugOf } from '../common';
import { caseOf, type ResolveContext } from '../context';
import type { TemplateDef } from './template.def';
import type { ResolvedTemplate, TemplateBlank, TemplateGroup } from './template.types';

function iscBridge(def: TemplateDef, hb: CaseFile, issues: FieldIssue[]) {
	const label = (id: string): Localized => {
		const found = own(def.labels, id);
		if (!found) issues.push({ field: `labels.${id}`, message: 'this label is needed' });
		return found ?? { en: id, zh: id };
	};
	const explanation = (id: string): Localized => {
		const found = own(def.explanations, id);
		if (!found) issues.push({ field: `explanations.${id}`, message: 'every blank needs an explanation' });
		return found ?? { en: '', zh: '' };
	};
	const design = (d: Localized) => ({ id: slugOf(d.en), text: { en: d.en, zh: d.zh } });
	const allDesigns = hb.iscBridge.flatMap((row) => row.designs.map((d) => ({ area: row.area, choice: design(d) })));
	const requirements = hb.iscBridge.map((row) => ({ id: `req-${row.area}`, text: row.requirement }));
	const groups: TemplateGroup[] = [];
	const blanks: TemplateBlank[] = [];
	const labels = { requirement: label('requirement'), designs: label('designs'), recommended: label('recommended') };
	for (const row of hb.iscBridge) {
		const area = ISC_AREAS.find((a) => a.id === row.area)!;
		groups.push({ id: row.area, heading: area.name });
		blanks.push({
			id: `${row.area}-requirement`,
			group: row.area,
			label: labels.requirement,
			multiple: false,
			options: requirements,
			answer: [`req-${row.area}`],
			partial: [],
			explanation: explanation(`${row.area}-requirement`)
		});
		const areaDesigns = row.designs.map(design);
		const wrong = (own(def.distractors, row.area) ?? []).map((slug) => {
			const found = allDesigns.find((d) => d.choice.id === slug);
			if (!found || found.area === row.area) {
				issues.push({ field: `distractors.${row.area}`, message: `${slug} is not a design of another area` });
			}
			return found?.choice ?? { id: slug, text: { en: slug, zh: slug } };
		});
		if (!wrong.length)
			issues.push({ field: `distractors.${row.area}`, message: 'give at least one design of another area' });
		blanks.push({
			id: `${row.area}-designs`,
			group: row.area,
			label: labels.designs,
			multiple: true,
			options: [...areaDesigns, ...wrong],
			answer: areaDesigns.map((d) => d.id),
			partial: [],
			explanation: explanation(`${row.area}-designs`)
		});
		const recommended = row.designs.find((d) => d.recommended);
		if (recommended) {
			blanks.push({
				id: `${row.area}-recommended`,
				group: row.area,
				label: labels.recommended,
				multiple: false,
				options: areaDesigns,
				answer: [slugOf(recommended.en)],
				partial: [],
				explanation: explanation(`${row.area}-recommended`)
			});
		}
	}
	for (const id of Object.keys(def.explanations ?? {})) {
		if (!blanks.some((b) => b.id === id)) issues.push({ field: `explanations.${id}`, message: 'no such blank' });
	}
	return { groups, blanks };
}

/** Turns a template file into a resolved exercise. */
export function resolveTemplate(def: TemplateDef, ctx: ResolveContext, issues: FieldIssue[]): ResolvedTemplate {
	let groups: TemplateGroup[] = [];
	let blanks: TemplateBlank[] = [];
	if (def.source === 'isc-bridge') {
		if (def.groups || def.blanks)
			issues.push({ field: 'blanks', message: 'the bridge comes from the case: leave groups and blanks out' });
		const hb = caseOf(def.case, ctx, issues);
		if (hb) ({ groups, blanks } = iscBridge(def, hb, issues));
	} else {
		groups = def.groups ?? [];
		blanks = (def.blanks ?? []).map((b, i) => {
			const answer = typeof b.answer === 'string' ? [b.answer] : b.answer;
			const field = `blanks.${i}`;
			for (const id of answer) {
				if (!b.options.some((o) => o.id === id)) issues.push({ field: `${field}.answer`, message: `no option ${id}` });
			}
			for (const p of b.partial ?? []) {
				if (!b.options.some((o) => o.id === p.choice) || answer.includes(p.choice)) {
					issues.push({ field: `${field}.partial`, message: `not another option: ${p.choice}` });
				}
			}
			if (!groups.some((g) => g.id === b.group))
				issues.push({ field: `${field}.group`, message: `no group ${b.group}` });
			issues.push(
				...duplicateIds(
					b.options.map((o) => o.id),
					`${field}.options`
				)
			);
			return {
				id: b.id,
				group: b.group,
				label: b.label,
				multiple: typeof b.answer !== 'string',
				options: b.options,
				answer,
				partial: b.partial ?? [],
				explanation: b.explanation
			};
		});
		for (const g of groups) {
			for (const locale of ['en', 'zh'] as const) {
				for (const [, id] of (g.text?.[locale] ?? '').matchAll(/\{([a-z0-9-]+)\}/g)) {
					if (!blanks.some((b) => b.id === id && b.group === g.id))
						issues.push({ field: `groups.${g.id}.text.${locale}`, message: `no blank ${id} in this group` });
				}
				for (const b of blanks.filter((x) => x.group === g.id && g.text)) {
					if (!g.text![locale].includes(`{${b.id}}`))
						issues.push({ field: `groups.${g.id}.text.${locale}`, message: `{${b.id}} is missing` });
				}
			}
		}
	}
	issues.push(
		...duplicateIds(
			groups.map((g) => g.id),
			'groups'
		)
	);
	issues.push(
		...duplicateIds(
			blanks.map((b) => b.id),
			'blanks'
		)
	);
	if (!blanks.length) issues.push({ field: 'blanks', message: 'a template needs blanks' });
	return {
		id: def.id,
		type: 'template',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		groups,
		blanks
	};
}
