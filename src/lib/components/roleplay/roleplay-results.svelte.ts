import { app } from '$lib/components/app.svelte';
import { bestPerScenario, roleplayResultKind, type RoleplayResult } from '$lib/roleplay/attempt';

/** Every finished role-play, newest first. Reactive: call it inside `$derived`. */
export function roleplayResults(): RoleplayResult[] {
	return app
		.list(roleplayResultKind)
		.map((r) => r.data)
		.sort((a, b) => (a.finishedAt < b.finishedAt ? 1 : a.finishedAt > b.finishedAt ? -1 : 0));
}

/**
 * The best finished attempt of each role-play, by scenario id (highest rubric total, earliest on a
 * tie), for the course map and the case page. Reactive: call it inside `$derived`.
 */
export function bestRoleplayResults(): Map<string, RoleplayResult> {
	return bestPerScenario(roleplayResults());
}
