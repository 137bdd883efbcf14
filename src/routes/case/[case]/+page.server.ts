import { error } from '@sveltejs/kit';
import { getCases, getHandout } from '$lib/server/cases';
import { getCourse } from '$lib/server/course';
import { getScenario, getScenarios } from '$lib/server/scenarios';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...getCases().keys()].map((id) => ({ case: id }));

export const load: PageServerLoad = ({ params }) => {
	const data = getCases().get(params.case);
	const handout = getHandout(params.case);
	if (!data || !handout) error(404, 'case not found');
	const modules = getCourse().modules;
	// Every published role-play of the case, in course order, with what its briefing asks of the learner.
	const roleplays = getScenarios()
		.filter((s) => s.caseId === params.case)
		.map((s) => {
			const module = modules.find((mod) => mod.id === s.module)!;
			return {
				id: s.id,
				title: s.title,
				summary: s.summary,
				customer: { name: s.customer.name, title: s.customer.title },
				minutes: s.minutes,
				objectives: getScenario(s.id)!.briefing.objectives.map((o) => ({ id: o.id, text: o.text })),
				module: { id: module.id, number: module.number, title: module.title },
				href: s.href
			};
		})
		.sort((a, b) => a.module.number - b.module.number || a.id.localeCompare(b.id));
	// Only what the handout shows: never the answer keys (pains, initiatives, maps) of the case file.
	return { name: data.name, shortName: data.shortName, industry: data.industry, handout, roleplays };
};
