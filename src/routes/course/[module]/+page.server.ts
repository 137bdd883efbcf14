import { error } from '@sveltejs/kit';
import { getCourse, getModulePage } from '$lib/server/course';
import { getScenarios } from '$lib/server/scenarios';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getCourse().modules.map((mod) => ({ module: mod.id }));

export const load: PageServerLoad = ({ params }) => {
	const page = getModulePage(params.module);
	if (!page) error(404, 'module not found');
	const roleplays = getScenarios()
		.filter((s) => s.module === params.module)
		.map((s) => ({
			id: s.id,
			title: s.title,
			summary: s.summary,
			customer: { name: s.customer.name, title: s.customer.title },
			minutes: s.minutes,
			href: s.href
		}));
	return { ...page, roleplays };
};
