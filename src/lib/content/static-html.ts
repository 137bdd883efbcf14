/**
 * HTML drawn at build time that pages show but do not carry in their data: diagrams. The server
 * fills this map while it prepares the course (`prepareSections`), so that prerendering finds
 * each piece by its fragment address; in the browser the map stays empty, hydration keeps the
 * prerendered markup, and a page rendered after client-side navigation loads the fragment.
 */
export const staticHtml = new Map<string, string>();

const bundles = new Map<string, Promise<Record<string, string>>>();

async function fetchOk(href: string): Promise<Response> {
	const response = await fetch(href);
	if (!response.ok) throw new Error(`${href}: ${response.status}`);
	return response;
}

/**
 * Loads a fragment in the browser: from `bundle` (a JSON file of fragment address → HTML, fetched
 * once for all the fragments it holds) when given and it holds the fragment, else on its own.
 */
export async function loadFragment(href: string, bundle?: string): Promise<string> {
	if (bundle) {
		let loading = bundles.get(bundle);
		if (!loading) {
			loading = fetchOk(bundle).then((response) => response.json() as Promise<Record<string, string>>);
			// A failed bundle is not kept, so that the next attempt (or the single fragment) can succeed.
			loading.catch(() => bundles.delete(bundle));
			bundles.set(bundle, loading);
		}
		const held = await loading.catch(() => undefined);
		if (held && typeof held[href] === 'string') return held[href];
	}
	return (await fetchOk(href)).text();
}
