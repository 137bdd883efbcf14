import { deckSummaries } from '$lib/classroom/deck';
import { getCourse } from '$lib/server/course';
import { liveScenarios } from '$lib/server/live-scenarios';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ decks: deckSummaries(getCourse()), scenarios: liveScenarios() });
