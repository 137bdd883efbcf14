import { getOutline } from '$lib/server/course';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	modules: getOutline()
		.filter((mod) => mod.exercises.length)
		.map((mod) => ({ id: mod.id, number: mod.number, title: mod.title, exercises: mod.exercises }))
});
