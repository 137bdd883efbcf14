import { error } from '@sveltejs/kit';
import { BOARD_TEMPLATES } from '$lib/method/boards';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => BOARD_TEMPLATES.map((b) => ({ board: b.id }));

export const load: PageLoad = ({ params }) => {
	if (!BOARD_TEMPLATES.some((b) => b.id === params.board)) error(404, 'board not found');
	return { boardId: params.board };
};
