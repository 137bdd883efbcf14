/**
 * HTML drawn at build time that pages show but do not carry in their data: diagrams. The server
 * fills this map while it prepares the course (`prepareSections`), so that prerendering finds
 * each piece by its fragment address; in the browser the map stays empty, hydration keeps the
 * prerendered markup, and a page rendered after client-side navigation loads the fragment.
 */
export const staticHtml = new Map<string, string>();
