import { error } from '@sveltejs/kit';
import { getCaseFragments } from '$lib/server/cases';
import { getFragments } from '$lib/server/course';
import type { EntryGenerator, RequestHandler } from './$types';

// Diagrams, answer keys and instructor notes, prerendered as small HTML files that pages load on demand.
export const prerender = true;

const fragment = (path: string) => getFragments().get(path) ?? getCaseFragments().get(path);

export const entries: EntryGenerator = () =>
	[...getFragments().keys(), ...getCaseFragments().keys()].map((path) => ({ path }));

export const GET: RequestHandler = ({ params }) => {
	const html = fragment(params.path);
	if (html === undefined) error(404, 'fragment not found');
	const type = params.path.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
	return new Response(html, { headers: { 'content-type': type } });
};
