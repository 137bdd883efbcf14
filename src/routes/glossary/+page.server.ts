import { getGlossary } from '$lib/server/course';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => getGlossary();
