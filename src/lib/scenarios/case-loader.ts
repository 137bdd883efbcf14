import { parseYaml } from '../content/content.schema';
import type { ContentIssue } from '../content/course.types';
import { CaseFileSchema, type CaseFile } from './case.schema';

/**
 * Parses and checks a case file: the schema, then that every person referred to exists, ids are
 * unique and each initiative has its own priority. Pure; every problem names the file and field.
 */
export function loadCase(file: string, text: string): { value?: CaseFile; issues: ContentIssue[] } {
	const parsed = parseYaml(text, CaseFileSchema);
	if (!parsed.ok) return { issues: parsed.issues.map((i) => ({ file, ...i })) };
	const value = parsed.value;
	const issues: ContentIssue[] = [];
	const people = new Set(value.people.map((p) => p.id));
	const refer = (id: string | null | undefined, field: string) => {
		if (id && !people.has(id)) issues.push({ file, field, message: `no person with id ${id}` });
	};
	const unique = (ids: string[], field: string) => {
		const seen = new Set<string>();
		for (const id of ids) {
			if (seen.has(id)) issues.push({ file, field, message: `id ${id} is used twice` });
			seen.add(id);
		}
	};
	unique(
		value.people.map((p) => p.id),
		'people'
	);
	unique(
		value.initiatives.map((i) => i.id),
		'initiatives'
	);
	unique(
		value.pains.flatMap((p) => p.reasons.map((r) => r.id)),
		'pains'
	);
	unique(
		value.pains.map((p) => p.person),
		'pains'
	);
	unique(
		value.orgMap.map((o) => o.person),
		'orgMap'
	);
	unique(
		value.evaluationPlan.map((e) => e.id),
		'evaluationPlan'
	);
	unique(
		value.initiatives.map((i) => String(i.priority)),
		'initiatives (priority)'
	);
	value.people.forEach((p, i) => refer(p.reportsTo, `people.${i}.reportsTo`));
	value.pains.forEach((p, i) => {
		refer(p.person, `pains.${i}.person`);
		p.reasons.forEach((r, j) => refer(r.leadsTo, `pains.${i}.reasons.${j}.leadsTo`));
	});
	value.initiatives.forEach((init, i) => refer(init.owner, `initiatives.${i}.owner`));
	value.orgMap.forEach((o, i) => refer(o.person, `orgMap.${i}.person`));
	if (value.orgMap.filter((o) => o.keyDecisionMaker).length > 1) {
		issues.push({ file, field: 'orgMap', message: 'at most one key decision maker' });
	}
	return { value, issues };
}
