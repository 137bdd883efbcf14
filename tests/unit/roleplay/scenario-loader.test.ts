import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkScenario } from '../../../src/lib/roleplay/scenario-walk';
import { loadScenarios } from '../../../src/lib/scenarios/scenario-loader';
import { cases, problems, scenario } from './load';

const dir = 'tests/fixtures/scenarios';
const readTiny = () => readFileSync(`${dir}/tiny.yaml`, 'utf8');

describe('the scenario loader', () => {
	it('loads the tiny fixture, expanding shorthands and resolving notes from the case', () => {
		const tiny = scenario(`${dir}/tiny.yaml`);
		const close = tiny.nodes[0]!.choices.find((c) => c.id === 'close')!;
		expect(close.next).toBe('hub');
		expect(close.end.map((e) => e.ending)).toEqual(['next-step', 'no-step']);
		expect(tiny.nodes[0]!.choices.find((c) => c.id === 'ask-a')!.replies).toEqual([
			{ id: 'reply', text: { en: 'A is true.', zh: 'A 成立。' }, effects: { meters: {}, reveal: [], points: {} } }
		]);
		expect(tiny.discoveries.find((d) => d.id === 'crm-owner')!.note).toEqual({
			en: 'Owner: Sarah Updown, VP Sales & Marketing',
			zh: '负责人：Sarah Updown（销售与市场副总裁）'
		});
		expect(tiny.cast['yoshi-goto']!.name).toBe('Yoshi Goto');
		expect(tiny.version).toMatch(/^[0-9a-f]{16}$/);
	});

	it('gives a new version when the content changes, and the same one when it does not', () => {
		expect(scenario(`${dir}/tiny.yaml`).version).toBe(scenario(`${dir}/tiny.yaml`).version);
		expect(scenario(`${dir}/tiny.yaml`).version).not.toBe(scenario(`${dir}/broken-walk.yaml`).version);
	});

	it('names the node and field of schema errors, including a missing language', () => {
		expect(problems(`${dir}/broken-schema.yaml`)).toEqual([
			'nodes[hub].choices[no-chinese].text.zh: Invalid key: Expected "zh" but received undefined',
			'nodes[hub].choices[bad-kind].kind: Invalid type: Expected ("open" | "control" | "confirm" | "statement" | "pitch") but received "question"',
			'nodes[hub].choices[no-time].minutes: every choice takes at least one minute, so that every meeting ends'
		]);
	});

	it('reports every unknown id: nodes, endings, meters, discoveries, rubric dimensions and case facts', () => {
		const found = problems(`${dir}/broken-refs.yaml`);
		for (const expected of [
			'endWhen[0].ending: no ending with id walked-out',
			'endWhen[0].if: no meter with id patience',
			'endings[closed].points.next-step: no rubric dimension of kind points with id next-step',
			'rubric[coverage].of: no discovery with id fact-z',
			'discoveries[wrong-initiative].initiative: no initiative with id no-such-initiative in case homebody',
			'discoveries[wrong-reason].painReason: no pain reason with id no-such-reason in case homebody',
			'nodes[hub].speaker: no person with id nobody-at-all in case homebody',
			'nodes[hub].choices[ask].if: no discovery with id fact-q',
			'nodes[hub].choices[ask].effects.meters.mood: no meter with id mood',
			'nodes[hub].choices[ask].effects.reveal: no discovery with id fact-b',
			'nodes[hub].choices[pitch].next: no node with id nowhere',
			'nodes[hub].choices[close].end: no ending with id vanished'
		]) {
			expect(found).toContain(expected);
		}
	});

	it('reports numbers outside their bounds', () => {
		const found = problems(`${dir}/broken-refs.yaml`);
		for (const expected of [
			'meters[trust].start: start 150 is outside 0 to 100',
			"nodes[hub].choices[ask].effects.meters.trust: 300 is larger than meter trust's whole range",
			"nodes[hub].choices[ask].effects.points.technique: 9 points is outside ±3, the dimension's maximum",
			"nodes[hub].choices[ask].replies[cold].if: 500 is outside meter trust's bounds 0 to 100",
			"nodes[hub].choices[pitch].if: 99 minutes is beyond the meeting's 10"
		]) {
			expect(found).toContain(expected);
		}
	});

	it('reports variant lists without a fallback, a missing note, a cell on a pitch and missing kinds of ending', () => {
		const found = problems(`${dir}/broken-refs.yaml`);
		for (const expected of [
			'nodes[hub].choices[ask].replies[warm]: only the last reply may have no condition; later ones could never apply',
			'nodes[hub].choices[ask].replies[cold]: the last reply must have no condition, so that one always applies',
			'discoveries[no-note].note: a note is needed when the discovery does not refer to a case fact',
			'nodes[hub].choices[pitch].column: a pitch has no 9-block cell: only open, control and confirm questions do',
			'timeUp: ending closed must be of kind time-up',
			'endings: no ending of kind customer-ends',
			'endings: no ending of kind closed-next-step'
		]) {
			expect(found).toContain(expected);
		}
	});

	it('reports unreachable nodes, dead ends and nodes from which the meeting never ends', () => {
		expect(problems(`${dir}/broken-graph.yaml`)).toEqual([
			'nodes[loop]: dead end: the learner can run out of choices here; add a choice without condition that ends the meeting, or that leaves the node with repeat: true',
			'nodes[island]: unreachable: no choice leads here from the start node hub',
			'nodes[hub]: never ends: from here no choice can end the meeting, only running out of time',
			'nodes[loop]: never ends: from here no choice can end the meeting, only running out of time'
		]);
	});

	it('checks ids across files, the course module and the folder of the case', () => {
		const text = (id: string, module = 'understand') =>
			`id: ${id}\n` +
			readTiny()
				.replace(/^id: tiny\n/m, '')
				.replace('module: understand', `module: ${module}`);
		const { issues } = loadScenarios(
			new Map([
				['scenarios/homebody/a.yaml', text('same')],
				['scenarios/homebody/b.yaml', text('same', 'nowhere')],
				['scenarios/other/c.yaml', text('elsewhere')]
			]),
			cases,
			new Set(['understand'])
		);
		expect(issues.map((i) => `${i.file}: ${i.field}: ${i.message}`)).toEqual([
			'scenarios/homebody/b.yaml: id: id same is already used by scenarios/homebody/a.yaml',
			'scenarios/homebody/b.yaml: module: no course module with id nowhere',
			'scenarios/other/c.yaml: case: a scenario of case homebody belongs in scenarios/homebody/'
		]);
	});
});

describe('walking a scenario with xstate/graph', () => {
	it('reaches every node, choice and ending of the tiny fixture and finds nothing wrong', () => {
		const report = walkScenario(scenario(`${dir}/tiny.yaml`));
		expect(report.issues).toEqual([]);
		expect([...report.endings.keys()].sort()).toEqual(['dismissed', 'next-step', 'no-step', 'time-up']);
		expect(report.endings.get('next-step')).toEqual(['ask-a', 'ask-b', 'close']);
	});

	it('finds a choice never offered, endings never reached and too many choices at once', () => {
		expect(walkScenario(scenario(`${dir}/broken-walk.yaml`)).issues).toEqual([
			'10 choices offered at node hub, more than 9 number keys',
			'choice secret at node hub is never offered',
			'ending dismissed is never reached',
			'ending time-up is never reached',
			'ending next-step is never reached',
			'rubric technique: the best walked path earns 0 of its 3 points; lower max or award more'
		]);
	});
});
