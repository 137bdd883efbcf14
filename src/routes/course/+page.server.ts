import { getCourseMap } from '$lib/server/course';
import { getScenarios } from '$lib/server/scenarios';
import type { PageServerLoad } from './$types';

// Role-plays travel as a link and a title each: the map is a prerendered page with a tight budget.
export const load: PageServerLoad = () => ({
	modules: getCourseMap(),
	roleplays: getScenarios().map((s) => ({
		id: s.id,
		module: s.module,
		title: s.title,
		customer: s.customer.name,
		minutes: s.minutes,
		href: s.href
	}))
});
