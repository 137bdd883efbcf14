import { loadDiagrams } from '$lib/components/diagrams/registry';
import { diagramNames } from '$lib/content/diagrams';
import type { PageLoad } from './$types';

// Loads the components of the diagrams this lesson shows, and only those, before it renders.
export const load: PageLoad = async ({ data }) => ({
	...data,
	diagrams: await loadDiagrams(diagramNames(data.lesson.body.en))
});
