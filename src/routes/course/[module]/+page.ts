import { loadDiagrams } from '$lib/components/diagrams/registry';
import { diagramNames } from '$lib/content/diagrams';
import type { PageLoad } from './$types';

// Instructor notes may show diagrams (answer keys): load the components they need before rendering.
export const load: PageLoad = async ({ data }) => ({
	...data,
	diagrams: await loadDiagrams(diagramNames(data.instructorNotes?.en ?? []))
});
