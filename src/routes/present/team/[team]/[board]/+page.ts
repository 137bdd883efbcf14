import { error } from '@sveltejs/kit';
import { boardById } from '$lib/boards/templates';
import type { PageLoad } from './$types';

export const ssr = false;
export const prerender = false;

export const load: PageLoad = ({ params }) => {
	if (!boardById(params.board)) error(404, 'board not found');
	return { teamId: params.team, boardId: params.board };
};
