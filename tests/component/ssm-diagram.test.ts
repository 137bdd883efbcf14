import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SsmProcessDiagram from '$lib/components/SsmProcessDiagram.svelte';
import { loadCourse } from '../../src/lib/content/course-loader.server';
import { readTree } from '../../scripts/content-files';

const steps = loadCourse(readTree(process.cwd(), 'content')).course.ssmSteps;

describe('SsmProcessDiagram', () => {
	it('lists the seven steps in order, each with its buying step, selling stage, outcome and stage', () => {
		const { getAllByRole } = render(SsmProcessDiagram, { steps, locale: 'en' });
		const items = getAllByRole('listitem');
		expect(items).toHaveLength(7);
		const terms = [...items[3]!.querySelectorAll('dt')].map((dt) => dt.textContent);
		expect(terms).toEqual(["Customer's buying step", 'Selling stage', 'Verifiable outcome', 'Opportunity stage']);
		expect(items[3]!.textContent).toContain('Qualified');
	});

	it('names each phase once, at its first step', () => {
		const { container } = render(SsmProcessDiagram, { steps, locale: 'zh' });
		expect([...container.querySelectorAll('.phase-name')].map((e) => e.textContent)).toEqual(['计划', '执行', '实施']);
		expect(container.querySelector('figcaption')?.textContent).toBe('IBM 特色销售方法论的七个步骤');
	});
});
