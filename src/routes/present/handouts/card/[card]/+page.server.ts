import { error } from '@sveltejs/kit';
import { ROLE_CARD_IDS, roleCards, samTimCase } from '$lib/classroom/sam-tim';
import { getCases } from '$lib/server/cases';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => ROLE_CARD_IDS.map((card) => ({ card }));

export const load: PageServerLoad = ({ params }) => {
	const data = samTimCase(getCases().get('homebody')!);
	const card = roleCards(data)[params.card as (typeof ROLE_CARD_IDS)[number]];
	if (!card) error(404, 'role card not found');
	return { data, card };
};
