import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';

/** The cases this build contains. */
const CASES = ['homebody'];

export const entries: EntryGenerator = () => CASES.map((c) => ({ case: c }));

export const load: PageLoad = ({ params }) => {
	if (!CASES.includes(params.case)) error(404, 'case not found');
	return { caseId: params.case };
};
