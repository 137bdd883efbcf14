import type { FieldIssue } from '../../content/content.schema';
import type { Localized } from '../../i18n/locale';
import { ADAPTABILITY, ATTITUDES, BUYING_ROLES, COVERAGE, ORG_ATTRIBUTES } from '../../method/org-map';
import type { CaseFile } from '../../scenarios/case.schema';
import { own } from '../common';
import { caseOf, personLabel, type ResolveContext } from '../context';
import type { ChainDef } from './chain.def';
import type { ChainField, ChainNode, ResolvedChain } from './chain.types';

const LABELS = {
	'pain-chain': ['pain', 'feeds', 'top'],
	'org-map': ['circle', 'outside', 'political', 'inner']
} as const;

function painChain(hb: CaseFile, label: (id: string) => Localized, issues: FieldIssue[]) {
	// Derived pains (not in the decks' answer key) stay out of the exercise.
	const pains = hb.pains.filter((p) => !p.derived);
	const ids = new Set(pains.map((p) => p.person));
	const person = (id: string) => hb.people.find((p) => p.id === id)!;
	const parents = new Map<string, string>();
	for (const p of pains) {
		for (const r of p.reasons) {
			if (!r.leadsTo || !ids.has(r.leadsTo)) continue;
			if (parents.has(r.leadsTo))
				issues.push({ field: 'source', message: `${r.leadsTo}'s pain explains two pains: a chain needs one` });
			parents.set(r.leadsTo, p.person);
		}
	}
	const fields: ChainField[] = [
		{
			id: 'pain',
			name: label('pain'),
			options: pains.map((p) => ({ id: `pain-${p.person}`, text: p.pain })),
			scale: false,
			link: false
		},
		{
			id: 'feeds',
			name: label('feeds'),
			options: [
				...pains.map((p) => ({ id: p.person, text: person(p.person).short })),
				{ id: 'top', text: label('top') }
			],
			scale: false,
			link: true
		}
	];
	const nodes = pains.map((p) => ({
		id: p.person,
		label: personLabel(person(p.person)),
		key: { pain: `pain-${p.person}`, feeds: parents.get(p.person) ?? 'top' }
	}));
	return { fields, nodes };
}

/** The choices of an organisation-map attribute, with their symbols. */
function attributeChoices(values: readonly { id: string; symbol: string; name: Localized }[]) {
	return values.map((o) => ({ id: o.id, text: o.name, symbol: o.symbol }));
}

function orgMap(hb: CaseFile, label: (id: string) => Localized) {
	const field = (id: string, name: Localized, options: ChainField['options'], scale: boolean): ChainField => ({
		id,
		name,
		options,
		scale,
		link: false
	});
	const fields: ChainField[] = [
		field('role', ORG_ATTRIBUTES.role, attributeChoices(BUYING_ROLES), false),
		field('adaptability', ORG_ATTRIBUTES.adaptability, attributeChoices(ADAPTABILITY), true),
		field('attitude', ORG_ATTRIBUTES.attitude, attributeChoices(ATTITUDES), true),
		field('coverage', ORG_ATTRIBUTES.coverage, attributeChoices(COVERAGE), true),
		field(
			'circle',
			label('circle'),
			['outside', 'political', 'inner'].map((id) => ({ id, text: label(id) })),
			true
		)
	];
	const nodes = hb.orgMap.map((o) => ({
		id: o.person,
		label: personLabel(hb.people.find((p) => p.id === o.person)!),
		key: {
			role: o.role,
			adaptability: o.adaptability,
			attitude: o.attitude,
			coverage: o.coverage,
			circle: o.innerCircle ? 'inner' : o.political ? 'political' : 'outside'
		}
	}));
	return { fields, nodes };
}

/** Turns a chain file into a resolved exercise built from the case. */
export function resolveChain(def: ChainDef, ctx: ResolveContext, issues: FieldIssue[]): ResolvedChain {
	const hb = caseOf(def.case, ctx, issues);
	for (const id of LABELS[def.source]) {
		if (!own(def.labels, id)) issues.push({ field: `labels.${id}`, message: 'this label is needed' });
	}
	const label = (id: string) => own(def.labels, id) ?? { en: id, zh: id };
	const built = hb
		? def.source === 'pain-chain'
			? painChain(hb, label, issues)
			: orgMap(hb, label)
		: { fields: [], nodes: [] };
	const nodes: ChainNode[] = built.nodes.map((n) => {
		const explanation = own(def.explanations, n.id);
		if (!explanation) issues.push({ field: `explanations.${n.id}`, message: 'every person needs an explanation' });
		const detail = own(def.evidence, n.id);
		if (def.source === 'org-map' && !detail)
			issues.push({ field: `evidence.${n.id}`, message: 'every person needs evidence' });
		return { ...n, detail, explanation: explanation ?? { en: '', zh: '' } };
	});
	for (const id of [...Object.keys(def.explanations), ...Object.keys(def.evidence ?? {})]) {
		if (!nodes.some((n) => n.id === id))
			issues.push({ field: `explanations.${id}`, message: 'no such person in this chain' });
	}
	return {
		id: def.id,
		type: 'chain',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		fields: built.fields,
		nodes
	};
}
