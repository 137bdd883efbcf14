import { readFileSync } from 'node:fs';
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import NineBlock from '$lib/components/diagrams/NineBlock.svelte';
import OrgMap from '$lib/components/diagrams/OrgMap.svelte';
import PainChain from '$lib/components/diagrams/PainChain.svelte';
import SamGrid from '$lib/components/diagrams/SamGrid.svelte';
import OrgChart from '$lib/components/OrgChart.svelte';
import LessonSections from '$lib/components/LessonSections.svelte';
import type { Diagram } from '$lib/content/course.types';
import { resolveDiagram } from '$lib/content/diagrams';
import { loadCase } from '$lib/scenarios/case-loader';

const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!;
function diagram<N extends Diagram['name']>(line: string): Extract<Diagram, { name: N }> {
	const resolved = resolveDiagram(line, { steps: [], cases: new Map([['homebody', homebody]]) });
	if (!resolved.ok) throw new Error(resolved.message);
	return resolved.diagram as Extract<Diagram, { name: N }>;
}
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('OrgChart', () => {
	it('nests every executive under their manager', () => {
		const { container } = render(OrgChart, { people: diagram<'org-chart'>('org-chart homebody').people, locale: 'en' });
		const top = container.querySelectorAll('.tree > ul > li');
		expect(top).toHaveLength(1);
		expect(text(top[0]?.querySelector('.person'))).toBe('Wolfgang Overall Chief Executive Officer (CEO)');
		const reports = [...top[0]!.querySelectorAll(':scope > ul > li > .person strong')].map(text);
		expect(reports).toEqual(['Yoshi Goto', 'Boris Balance', 'Susan Notetaker', 'Barbara Futura']);
		const coo = top[0]!.querySelector(':scope > ul > li');
		expect([...coo!.querySelectorAll(':scope > ul > li strong')].map(text)).toEqual([
			'Sarah Updown',
			'Jose Makit',
			'Steve Panic'
		]);
		expect(container.querySelectorAll('.person')).toHaveLength(10);
	});
});

describe('PainChain', () => {
	it('links each reason that is someone else’s pain to that person’s card', () => {
		const { container } = render(PainChain, { diagram: diagram<'pain-chain'>('pain-chain homebody'), locale: 'en' });
		const cards = [...container.querySelectorAll('ol > li')];
		expect(text(cards[0]?.querySelector('.who strong'))).toBe('Wolfgang Overall');
		const links = [...container.querySelectorAll('.reasons a')];
		expect(links.length).toBe(homebody.pains.flatMap((p) => p.reasons).filter((r) => r.leadsTo).length);
		for (const link of links) expect(container.querySelector(link.getAttribute('href')!)).not.toBeNull();
		expect(text(container.querySelector('li.derived .who'))).toMatch(/Nancy Dinero.*derived/);
	});
});

describe('SamGrid', () => {
	it('puts the quadrants on the right axes and marks Homebody today and tomorrow', () => {
		const { container } = render(SamGrid, { diagram: diagram<'sam-grid'>('sam-grid homebody'), locale: 'zh' });
		const cells = [...container.querySelectorAll('.cell')];
		expect(cells.map((c) => text(c.querySelector('strong')))).toEqual([
			'市场主导企业',
			'行业领先企业',
			'行业落后企业',
			'运营高效企业'
		]);
		expect(text(container.querySelector('.cell.current .mark'))).toMatch(/^B1/);
		expect(container.querySelector('.cell.current')?.classList).toContain('laggard');
		expect(container.querySelector('.cell.heading')?.classList).toContain('dominator');
	});
});

describe('NineBlock', () => {
	it('numbers the cells in the creation order', () => {
		const { container } = render(NineBlock, { diagram: diagram<'nine-block'>('nine-block creation'), locale: 'en' });
		expect(text(container.querySelector('.sequence'))).toBe('R1 → R2 → R3 → I1 → I2 → I3 → C1 → C2 → C3');
	});

	it('numbers the cells in the reengineering order, starting and ending with capabilities', () => {
		const { container } = render(NineBlock, {
			diagram: diagram<'nine-block'>('nine-block reengineering'),
			locale: 'en'
		});
		const step = (code: string) =>
			text(
				[...container.querySelectorAll('.cell')]
					.find((c) => text(c.querySelector('.code')) === code)
					?.querySelector('.step')
			);
		expect([step('C1'), step('C2'), step('R1'), step('C3')]).toEqual(['step 1', 'step 2', 'step 3', 'step 9']);
	});
});

describe('OrgMap', () => {
	it('shows the sponsor and the potential key decision maker with their symbols', () => {
		const { container } = render(OrgMap, { diagram: diagram<'org-map'>('org-map homebody'), locale: 'en' });
		const row = (name: string) =>
			[...container.querySelectorAll('tbody tr')].find((r) => text(r.querySelector('th'))?.startsWith(name));
		expect(text(row('Yoshi Goto')?.querySelector('th'))).toMatch(/potential key decision maker/);
		expect(text(row('Sarah Updown'))).toMatch(/\* Sponsor/);
		expect(text(row('Wolfgang Overall'))).toMatch(/A Approver/);
	});
});

describe('a folded answer key in LessonSections', () => {
	afterEach(() => vi.unstubAllGlobals());
	const sections = [
		{ id: 'key', title: 'Key', blocks: [{ kind: 'deferred' as const, href: '/fragments/a.en.htm' }], notes: [] }
	];

	it('loads the answer key only when the reader opens it', async () => {
		const fetch = vi.fn(async () => new Response('<p>The answer.</p>'));
		vi.stubGlobal('fetch', fetch);
		const { container, findByText } = render(LessonSections, { sections, locale: 'en' });
		expect(text(container.querySelector('summary'))).toBe('Show the answer key (try the exercise first)');
		expect(fetch).not.toHaveBeenCalled();
		const details = container.querySelector('details')!;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		expect(await findByText('The answer.')).toBeTruthy();
		expect(fetch).toHaveBeenCalledWith('/fragments/a.en.htm');
	});

	it('says so when the answer key cannot be loaded', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('', { status: 404 }))
		);
		const { container, findByText } = render(LessonSections, { sections, locale: 'en' });
		const details = container.querySelector('details')!;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		expect(await findByText(/could not be loaded/)).toBeTruthy();
	});
});
