import { error } from '@sveltejs/kit';
import { getCourse, getModulePage } from '$lib/server/course';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getCourse().modules.map((mod) => ({ module: mod.id }));

export const load: PageServerLoad = ({ params }) => {
	const page = getModulePage(params.module);
	if (!page) error(404, 'module not found');
	return page;
};
