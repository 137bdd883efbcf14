import type { PageLoad } from './$types';

/** Teams are created in the browser, so their pages are rendered there (the SPA fallback serves them). */
export const ssr = false;
export const prerender = false;

export const load: PageLoad = ({ params }) => ({ teamId: params.team });
