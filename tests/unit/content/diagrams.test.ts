import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramNames, resolveDiagram, type DiagramContext } from '../../../src/lib/content/diagrams';
import { loadCase } from '../../../src/lib/scenarios/case-loader';

const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!;
const context: DiagramContext = { steps: [], cases: new Map([['homebody', homebody]]) };

describe('resolveDiagram', () => {
	it('resolves a diagram drawn from method data alone', () => {
		expect(resolveDiagram('team-roles', context)).toEqual({ ok: true, diagram: { name: 'team-roles' }, reveal: false });
	});

	it('gives a case diagram the case data it draws, and only that', () => {
		const resolved = resolveDiagram('pain-chain homebody', context);
		expect(resolved.ok).toBe(true);
		if (!resolved.ok || resolved.diagram.name !== 'pain-chain') throw new Error('not a pain chain');
		expect(resolved.diagram.pains).toBe(homebody.pains);
		expect(resolved.diagram.people.map((p) => p.name)).toContain('Susan Notetaker');
		expect(Object.keys(resolved.diagram).sort()).toEqual(['name', 'pains', 'people']);
	});

	it('folds an answer key when asked', () => {
		const resolved = resolveDiagram('org-map homebody reveal', context);
		expect(resolved).toMatchObject({ ok: true, reveal: true, diagram: { name: 'org-map' } });
	});

	it('draws the plain SAM grid without a case, and marks the positions with one', () => {
		expect(resolveDiagram('sam-grid', context)).toMatchObject({ ok: true, diagram: { name: 'sam-grid' } });
		expect(resolveDiagram('sam-grid homebody', context)).toMatchObject({
			ok: true,
			diagram: { name: 'sam-grid', position: { current: 'laggard', heading: 'dominator' } }
		});
	});

	it('numbers the 9-block model in the order asked for', () => {
		expect(resolveDiagram('nine-block reengineering', context)).toMatchObject({
			ok: true,
			diagram: { name: 'nine-block', order: 'reengineering' }
		});
		expect(resolveDiagram('nine-block', context)).toEqual({ ok: true, diagram: { name: 'nine-block' }, reveal: false });
	});

	it('explains what is wrong with a bad diagram line', () => {
		expect(resolveDiagram('pipeline', context)).toEqual({ ok: false, message: 'unknown diagram "pipeline"' });
		expect(resolveDiagram('pain-chain', context)).toMatchObject({ ok: false, message: expect.stringContaining('needs a case') });
		expect(resolveDiagram('pain-chain acme', context)).toEqual({ ok: false, message: 'diagram pain-chain: no case "acme"' });
		expect(resolveDiagram('tim homebody', context)).toMatchObject({ ok: false, message: expect.stringContaining('unknown option') });
		expect(resolveDiagram('org-chart homebody', { steps: [] })).toMatchObject({ ok: false });
	});
});

describe('diagramNames', () => {
	it('lists each diagram of some sections once, notes included', () => {
		const block = (name: 'tim' | 'isc') => ({ kind: 'diagram' as const, diagram: { name } });
		const sections = [
			{ blocks: [block('tim'), { kind: 'html' as const, html: '<p>x</p>' }], notes: [block('isc')] },
			{ blocks: [block('tim')], notes: [] }
		];
		expect(diagramNames(sections)).toEqual(['tim', 'isc']);
	});
});
