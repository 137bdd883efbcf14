import { error, json } from '@sveltejs/kit';
import { getScenario, getScenarios } from '$lib/server/scenarios';
import type { EntryGenerator, RequestHandler } from './$types';

// Each published role-play, validated and resolved against its case, as a static JSON file
// (`/scenarios/<id>.json`): the role-play page loads it, and it is cached for offline use.
export const prerender = true;

export const entries: EntryGenerator = () => getScenarios().map((s) => ({ scenario: s.id }));

export const GET: RequestHandler = ({ params }) => {
	const scenario = getScenario(params.scenario);
	if (!scenario) error(404, 'role-play not found');
	return json(scenario);
};
