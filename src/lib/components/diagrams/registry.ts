import type { Component } from 'svelte';
import type { Diagram, DiagramName } from '$lib/content/course.types';
import type { Locale } from '$lib/i18n/locale';

/** The props every diagram component takes: its data and the language to draw in. */
export interface DiagramProps<N extends DiagramName = DiagramName> {
	/** The diagram with the data it draws. */
	diagram: Extract<Diagram, { name: N }>;
	/** The language to draw in. */
	locale: Locale;
}

/** Diagram components by name, as loaded for one page. */
export type DiagramComponents = { [N in DiagramName]?: Component<DiagramProps<N>> };

type Loaders = { [N in DiagramName]: () => Promise<{ default: Component<DiagramProps<N>> }> };

// Each diagram is its own chunk: a page downloads only the diagrams it shows, so that lessons stay
// inside the first-load budget however many diagrams the course has.
const LOADERS: Loaders = {
	'ssm-process': () => import('./SsmProcess.svelte'),
	'team-roles': () => import('./TeamRoles.svelte'),
	'org-chart': () => import('./OrgChartDiagram.svelte'),
	'pain-chain': () => import('./PainChain.svelte'),
	tim: () => import('./Tim.svelte'),
	initiatives: () => import('./Initiatives.svelte'),
	'sam-grid': () => import('./SamGrid.svelte'),
	isc: () => import('./Isc.svelte'),
	'tech-preferences': () => import('./TechPreferences.svelte'),
	'opportunity-cost': () => import('./OpportunityCost.svelte'),
	'value-over-time': () => import('./ValueOverTime.svelte'),
	'org-attributes': () => import('./OrgAttributes.svelte'),
	'political-structure': () => import('./PoliticalStructure.svelte'),
	'org-map': () => import('./OrgMap.svelte'),
	'nine-block': () => import('./NineBlock.svelte'),
	'kdm-test': () => import('./KdmTest.svelte')
};

/** Loads the component of one diagram. */
export async function loadDiagram<N extends DiagramName>(name: N): Promise<Component<DiagramProps<N>>> {
	return (await LOADERS[name]()).default;
}

/** Loads the components of the named diagrams, for a page's universal `load`. */
export async function loadDiagrams(names: readonly DiagramName[]): Promise<DiagramComponents> {
	const loaded = await Promise.all(names.map(async (name) => [name, await loadDiagram(name)] as const));
	return Object.fromEntries(loaded) as DiagramComponents;
}

/** The component that draws a diagram, typed for its data. */
export function componentFor(components: DiagramComponents, diagram: Diagram): Component<DiagramProps> | undefined {
	return components[diagram.name] as Component<DiagramProps> | undefined;
}

/** Loads the component of a diagram a page did not load ahead, typed for its data. */
export async function lateDiagram(diagram: Diagram): Promise<Component<DiagramProps>> {
	return (await loadDiagram(diagram.name)) as Component<DiagramProps>;
}
