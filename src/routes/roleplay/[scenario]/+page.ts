import { error } from '@sveltejs/kit';
import type { Scenario } from '$lib/scenarios/scenario.types';
import type { PageLoad } from './$types';

// Prerendered, the briefing paints before any script and the scenario is inlined in the page;
// on client navigation it is one static JSON file. No YAML parser reaches the browser.
export const load: PageLoad = async ({ params, fetch }) => {
	const response = await fetch(`/scenarios/${encodeURIComponent(params.scenario)}.json`);
	if (!response.ok) error(404, 'role-play not found');
	return { scenario: (await response.json()) as Scenario };
};
