import { loadDiagrams } from '$lib/components/diagrams/registry';
import { diagramNames } from '$lib/content/diagrams';
import type { PageLoad } from './$types';

// The handout draws its organisation chart as a diagram: load its component before rendering.
export const load: PageLoad = async ({ data }) => ({
	...data,
	diagrams: await loadDiagrams(diagramNames(data.handout.body.en))
});
