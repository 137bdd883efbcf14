import { roleCards, samTimCase } from '$lib/classroom/sam-tim';
import { getCases } from '$lib/server/cases';
import { liveScenarios } from '$lib/server/live-scenarios';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = samTimCase(getCases().get('homebody')!);
	return { data, cards: roleCards(data), scenarios: liveScenarios() };
};
