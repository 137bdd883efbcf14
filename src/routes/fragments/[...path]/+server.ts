import { error } from '@sveltejs/kit';
import { getFragments } from '$lib/server/course';
import type { EntryGenerator, RequestHandler } from './$types';

// Answer keys and instructor notes, prerendered as small HTML files that pages load on demand.
export const prerender = true;

export const entries: EntryGenerator = () => [...getFragments().keys()].map((path) => ({ path }));

export const GET: RequestHandler = ({ params }) => {
	const html = getFragments().get(params.path);
	if (html === undefined) error(404, 'fragment not found');
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
