import { error, json } from '@sveltejs/kit';
import { buildDeck } from '$lib/classroom/deck';
import { getCourse, getModuleStylesheets } from '$lib/server/course';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getCourse().modules.map((m) => ({ module: m.id }));

/** A module's deck, for audience windows (which have no page data of their own). */
export const GET: RequestHandler = ({ params }) => {
	const deck = buildDeck(getCourse(), params.module);
	if (!deck) error(404, 'module not found');
	deck.stylesheets = getModuleStylesheets(params.module);
	return json(deck);
};
