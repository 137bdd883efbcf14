import { error } from '@sveltejs/kit';
import { buildDeck } from '$lib/classroom/deck';
import { getCourse, getModuleStylesheets } from '$lib/server/course';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getCourse().modules.map((m) => ({ module: m.id }));

export const load: PageServerLoad = ({ params }) => {
	const deck = buildDeck(getCourse(), params.module);
	if (!deck) error(404, 'module not found');
	deck.stylesheets = getModuleStylesheets(params.module);
	return { deck };
};
