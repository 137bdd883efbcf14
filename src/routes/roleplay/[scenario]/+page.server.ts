import { getScenarios } from '$lib/server/scenarios';
import type { EntryGenerator } from './$types';

// Only the list of pages to prerender lives on the server; the scenario itself comes through the
// universal load in +page.ts, so that a name that is not published gets this route's own error
// page rather than a failed data request.
export const entries: EntryGenerator = () => getScenarios().map((s) => ({ scenario: s.id }));
