import type { FieldIssue } from '../../content/content.schema';
import type { Localized } from '../../i18n/locale';
import { duplicateIds, own, type Choice } from '../common';
import { caseOf, vocabulary, type ResolveContext } from '../context';
import type { StatementDef } from './statement.def';
import type { ResolvedStatement, StatementItem, StatementPart } from './statement.types';

/** Turns a statement file into a resolved exercise. */
export function resolveStatement(def: StatementDef, ctx: ResolveContext, issues: FieldIssue[]): ResolvedStatement {
	const parts: StatementPart[] = def.parts.map((p) => ({ id: p.id, name: p.name, label: p.vocabulary !== undefined }));
	issues.push(
		...duplicateIds(
			parts.map((p) => p.id),
			'parts'
		)
	);
	for (const part of def.parts) {
		const inTemplate = def.template.en.includes(`{${part.id}}`) && def.template.zh.includes(`{${part.id}}`);
		if (inTemplate === (part.vocabulary !== undefined)) {
			issues.push({
				field: 'template',
				message: `{${part.id}} must appear in both languages exactly when the part is a phrase`
			});
		}
	}
	const items: StatementItem[] = [];
	def.items.forEach((raw, i) => {
		const field = `items.${i}`;
		const answers = new Map<string, Localized | string>(Object.entries(raw.answers ?? {}));
		let id = raw.id;
		if (raw.initiative) {
			if (raw.answers) return issues.push({ field, message: 'the answers come from the case: leave answers out' });
			const hb = caseOf(def.case, ctx, issues);
			const init = hb?.initiatives.find((x) => x.id === raw.initiative);
			if (!init) return issues.push({ field: `${field}.initiative`, message: `no initiative ${raw.initiative}` });
			id ??= init.id;
			answers.set('result', init.result).set('activity', init.activity).set('focus', init.focus);
		}
		if (!id) return issues.push({ field, message: 'an item needs an id or an initiative' });
		const options: Record<string, Choice[]> = {};
		const key: Record<string, string> = {};
		for (const part of def.parts) {
			const answer = answers.get(part.id);
			if (part.vocabulary) {
				options[part.id] = vocabulary(part.vocabulary, ctx);
				if (typeof answer !== 'string' || !options[part.id]!.some((o) => o.id === answer)) {
					issues.push({ field: `${field}.answers.${part.id}`, message: `needs one of the ${part.vocabulary} ids` });
				}
				key[part.id] = typeof answer === 'string' ? answer : '';
				if (own(raw.options, part.id))
					issues.push({ field: `${field}.options.${part.id}`, message: 'a label part takes no options' });
				continue;
			}
			const wrong = own(raw.options, part.id) ?? [];
			if (typeof answer !== 'object' || wrong.length < 1) {
				issues.push({
					field: `${field}.${part.id}`,
					message: 'a phrase part needs its answer and at least one wrong option'
				});
			}
			const right: Choice = { id: `${id}-${part.id}`, text: typeof answer === 'object' ? answer : { en: '', zh: '' } };
			options[part.id] = [right, ...wrong];
			issues.push(
				...duplicateIds(
					options[part.id]!.map((o) => o.id),
					`${field}.options.${part.id}`
				)
			);
			key[part.id] = right.id;
		}
		items.push({ id, prompt: raw.prompt, options, key, explanation: raw.explanation });
	});
	issues.push(
		...duplicateIds(
			items.map((i) => i.id),
			'items'
		)
	);
	return {
		id: def.id,
		type: 'statement',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		template: def.template,
		parts,
		items
	};
}
