import { error } from '@sveltejs/kit';
import type { Scenario } from '$lib/scenarios/scenario.types';
import type { PageLoad } from './$types';

// The same prerendered scenario file the role-play page and the audience window load.
export const load: PageLoad = async ({ params, fetch }) => {
	const response = await fetch(`/scenarios/${encodeURIComponent(params.scenario)}.json`);
	if (!response.ok) error(404, 'role-play not found');
	return { scenario: (await response.json()) as Scenario };
};
