import { error } from '@sveltejs/kit';
import { getCases, getHandout } from '$lib/server/cases';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...getCases().keys()].map((id) => ({ case: id }));

export const load: PageServerLoad = ({ params }) => {
	const data = getCases().get(params.case);
	const handout = getHandout(params.case);
	if (!data || !handout) error(404, 'case not found');
	// Only what the handout shows: never the answer keys (pains, initiatives, maps) of the case file.
	return { name: data.name, shortName: data.shortName, industry: data.industry, handout };
};
