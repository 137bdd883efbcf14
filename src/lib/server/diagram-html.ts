import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Diagram, DiagramName } from '../content/course.types';
import type { Locale } from '../i18n/locale';
import type { DiagramProps } from '../components/diagrams/types';
import Initiatives from '../components/diagrams/Initiatives.svelte';
import Isc from '../components/diagrams/Isc.svelte';
import KdmTest from '../components/diagrams/KdmTest.svelte';
import NineBlock from '../components/diagrams/NineBlock.svelte';
import OpportunityCost from '../components/diagrams/OpportunityCost.svelte';
import OrgAttributes from '../components/diagrams/OrgAttributes.svelte';
import OrgChartDiagram from '../components/diagrams/OrgChartDiagram.svelte';
import OrgMap from '../components/diagrams/OrgMap.svelte';
import PainChain from '../components/diagrams/PainChain.svelte';
import PoliticalStructure from '../components/diagrams/PoliticalStructure.svelte';
import SamGrid from '../components/diagrams/SamGrid.svelte';
import SsmProcess from '../components/diagrams/SsmProcess.svelte';
import TeamRoles from '../components/diagrams/TeamRoles.svelte';
import TechPreferences from '../components/diagrams/TechPreferences.svelte';
import Tim from '../components/diagrams/Tim.svelte';
import ValueOverTime from '../components/diagrams/ValueOverTime.svelte';
import initiativesCss from '../components/diagrams/css/initiatives.css?url';
import iscCss from '../components/diagrams/css/isc.css?url';
import kdmTestCss from '../components/diagrams/css/kdm-test.css?url';
import nineBlockCss from '../components/diagrams/css/nine-block.css?url';
import opportunityCostCss from '../components/diagrams/css/opportunity-cost.css?url';
import orgAttributesCss from '../components/diagrams/css/org-attributes.css?url';
import orgChartCss from '../components/diagrams/css/org-chart.css?url';
import orgMapCss from '../components/diagrams/css/org-map.css?url';
import painChainCss from '../components/diagrams/css/pain-chain.css?url';
import politicalStructureCss from '../components/diagrams/css/political-structure.css?url';
import samGridCss from '../components/diagrams/css/sam-grid.css?url';
import ssmProcessCss from '../components/diagrams/css/ssm-process.css?url';
import teamRolesCss from '../components/diagrams/css/team-roles.css?url';
import techPreferencesCss from '../components/diagrams/css/tech-preferences.css?url';
import timCss from '../components/diagrams/css/tim.css?url';
import valueOverTimeCss from '../components/diagrams/css/value-over-time.css?url';

/** Each diagram's component and its stylesheet, which only pages that draw it link. */
const DIAGRAMS: { [N in DiagramName]: { component: Component<DiagramProps<N>>; css: string } } = {
	'ssm-process': { component: SsmProcess, css: ssmProcessCss },
	'team-roles': { component: TeamRoles, css: teamRolesCss },
	'org-chart': { component: OrgChartDiagram, css: orgChartCss },
	'pain-chain': { component: PainChain, css: painChainCss },
	tim: { component: Tim, css: timCss },
	initiatives: { component: Initiatives, css: initiativesCss },
	'sam-grid': { component: SamGrid, css: samGridCss },
	isc: { component: Isc, css: iscCss },
	'tech-preferences': { component: TechPreferences, css: techPreferencesCss },
	'opportunity-cost': { component: OpportunityCost, css: opportunityCostCss },
	'value-over-time': { component: ValueOverTime, css: valueOverTimeCss },
	'org-attributes': { component: OrgAttributes, css: orgAttributesCss },
	'political-structure': { component: PoliticalStructure, css: politicalStructureCss },
	'org-map': { component: OrgMap, css: orgMapCss },
	'nine-block': { component: NineBlock, css: nineBlockCss },
	'kdm-test': { component: KdmTest, css: kdmTestCss }
};

/**
 * A diagram drawn to HTML at build time. Diagrams never change on the page, so they ship as
 * prerendered HTML, styled by their own stylesheet (`diagramStylesheets`), and cost no JavaScript.
 * Svelte's hydration markers are dropped, since this HTML is never hydrated.
 */
export function diagramHtml(diagram: Diagram, locale: Locale): string {
	const component = DIAGRAMS[diagram.name].component as Component<DiagramProps>;
	const { body } = render(component, { props: { diagram, locale } });
	return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}

/** The stylesheets of the named diagrams, for the pages that draw them. */
export function diagramStylesheets(names: Iterable<DiagramName>): string[] {
	return [...new Set(names)].map((name) => DIAGRAMS[name].css);
}
