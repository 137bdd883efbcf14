import type { Scenario } from '$lib/scenarios/scenario.types';

const scenarios = new Map<string, Promise<Scenario>>();

/** A role-play's prerendered scenario, fetched once per window (the service worker keeps it for offline use). */
export function loadScenario(id: string): Promise<Scenario> {
	let scenario = scenarios.get(id);
	if (!scenario) {
		scenario = fetch(`/scenarios/${encodeURIComponent(id)}.json`).then((response) => {
			if (!response.ok) throw new Error(`scenario ${id}: ${response.status}`);
			return response.json() as Promise<Scenario>;
		});
		scenario.catch(() => scenarios.delete(id));
		scenarios.set(id, scenario);
	}
	return scenario;
}

/** Keeps a scenario the page already has, so that it is not fetched again. */
export function rememberScenario(scenario: Scenario): void {
	scenarios.set(scenario.id, Promise.resolve(scenario));
}
