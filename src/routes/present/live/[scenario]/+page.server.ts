import { getScenarios } from '$lib/server/scenarios';
import type { EntryGenerator } from './$types';

// One presenter page per published role-play, so that a new scenario file gets its live runner
// without code changes. The scenario itself comes through the universal load in +page.ts.
export const entries: EntryGenerator = () => getScenarios().map((s) => ({ scenario: s.id }));
