/** Every page is prerendered; pages with saved state hydrate it in the browser. */
export const prerender = true;
export const trailingSlash = 'never';
