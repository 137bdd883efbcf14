/** Role-plays run in the browser only; the SPA fallback page serves them. */
export const ssr = false;
export const prerender = false;
