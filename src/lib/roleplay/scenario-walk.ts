import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, type AdjacencyValue, type TraversalOptions } from 'xstate/graph';
import { dialogueMachine, type DialogueEvent } from '../machines/dialogue.machine';
import { holds } from '../scenarios/conditions';
import type { Condition, Scenario } from '../scenarios/scenario.types';
import { offeredChoices, type DialogueContext, type DialogueInput } from './dialogue-rules';

type Snapshot = SnapshotFrom<typeof dialogueMachine>;

/** The most choices a moment may offer: the number keys 1 to 9 reach them all. */
export const MAX_OFFERED = 9;

/** What walking a scenario's state graph found. */
export interface WalkReport {
	/** How many distinct moments (abstract states) were walked. */
	states: number;
	/** How many transitions were taken between them. */
	transitions: number;
	/** A shortest list of choices that reaches each ending. */
	endings: Map<string, string[]>;
	/** Nodes reached. */
	nodes: Set<string>;
	/** Choices taken somewhere on the walk. */
	choices: Set<string>;
	/** The largest number of choices offered at once. */
	mostOffered: number;
	/** The lowest and highest points each points dimension reached at an ending. */
	points: Map<string, [number, number]>;
	/** Problems, each a sentence naming what is wrong and where. */
	issues: string[];
}

/** Every leaf condition of a scenario (meters, discoveries, choices, clock, cells), once each. */
export function conditionAtoms(scenario: Scenario): Condition[] {
	const atoms = new Map<string, Condition>();
	const add = (c: Condition | undefined): void => {
		if (!c) return;
		if ('all' in c) return c.all.forEach(add);
		if ('any' in c) return c.any.forEach(add);
		if ('not' in c) return add(c.not);
		atoms.set(JSON.stringify(c), c);
	};
	for (const node of scenario.nodes) {
		node.lines.forEach((l) => add(l.if));
		for (const choice of node.choices) {
			add(choice.if);
			choice.replies.forEach((r) => add(r.if));
			choice.end.forEach((e) => add(e.if));
		}
	}
	scenario.endWhen.forEach((rule) => add(rule.if));
	return [...atoms.values()];
}

function eventsOf(snapshot: Snapshot): DialogueEvent[] {
	if (snapshot.value === 'briefing') return [{ type: 'meeting.start' }];
	if (snapshot.value === 'meeting') {
		return offeredChoices(snapshot.context).map((c) => ({ type: 'choice.select', choice: c.id }));
	}
	return [];
}

/**
 * Walks every moment of a scenario with `xstate/graph`, on the real machine and its real guards.
 * Two moments count as the same when they share the phase, the node, the ending and the truth of
 * every leaf condition the scenario contains (so every reply, line, choice and ending that could
 * differ is explored), and whether the last minutes have begun. From each moment every choice on
 * offer is taken. The report lists the endings, nodes and choices reached and every problem: a
 * node, choice or ending never reached, a moment with nothing to say or more than nine choices,
 * and a moment from which no ending can be reached.
 */
export function walkScenario(scenario: Scenario): WalkReport {
	const atoms = conditionAtoms(scenario);
	const key = (snapshot: Snapshot): string => {
		const cx = snapshot.context;
		const truth = atoms.map((a) => (holds(a, cx) ? '1' : '0')).join('');
		const late = cx.clock >= scenario.minutes - 3 ? 'L' : '';
		return `${String(snapshot.value)}|${cx.node}|${cx.ending ?? ''}|${truth}|${late}`;
	};
	const options: TraversalOptions<Snapshot, DialogueEvent, DialogueInput> = {
		input: { scenario, mode: 'coach', seed: 1 },
		events: eventsOf,
		serializeState: key,
		serializeEvent: (e: DialogueEvent) => JSON.stringify(e)
	};
	const adjacency = new Map(
		Object.entries(getAdjacencyMap(dialogueMachine, options)) as [string, AdjacencyValue<Snapshot, DialogueEvent>][]
	);

	const issues: string[] = [];
	const nodes = new Set<string>();
	const choices = new Set<string>();
	const endings = new Map<string, string[]>();
	const points = new Map<string, [number, number]>();
	const parents = new Map<string, { from: string; choice?: string }>();
	const reverse = new Map<string, string[]>();
	let transitions = 0;
	let mostOffered = 0;
	const start = [...adjacency.keys()][0]!;
	const order = [start];
	parents.set(start, { from: '' });
	for (let i = 0; i < order.length; i++) {
		const id = order[i]!;
		const { state, transitions: out } = adjacency.get(id)!;
		const cx: DialogueContext = state.context;
		nodes.add(cx.node);
		if (state.value === 'meeting') {
			const offered = offeredChoices(cx).length;
			mostOffered = Math.max(mostOffered, offered);
			if (offered === 0) issues.push(`nothing to say at node ${cx.node} after ${cx.asked.join(', ')}`);
			if (offered > MAX_OFFERED) {
				issues.push(`${offered} choices offered at node ${cx.node}, more than ${MAX_OFFERED} number keys`);
			}
		}
		if (cx.ending && !endings.has(cx.ending)) endings.set(cx.ending, [...cx.asked]);
		if (cx.ending) {
			for (const dim of scenario.rubric) {
				if (dim.kind !== 'points') continue;
				const value = cx.points[dim.id] ?? 0;
				const [low, high] = points.get(dim.id) ?? [value, value];
				points.set(dim.id, [Math.min(low, value), Math.max(high, value)]);
			}
		}
		for (const [eventKey, { state: next }] of Object.entries(out)) {
			transitions++;
			const event = JSON.parse(eventKey) as DialogueEvent;
			if (event.type === 'choice.select') choices.add(event.choice);
			const target = key(next);
			reverse.set(target, [...(reverse.get(target) ?? []), id]);
			if (!parents.has(target)) {
				parents.set(target, { from: id });
				order.push(target);
			}
		}
	}

	// Every moment must be able to reach an ending: walk backwards from the ended ones.
	const canEnd = new Set(order.filter((id) => adjacency.get(id)!.state.context.ending));
	const queue = [...canEnd];
	while (queue.length) {
		for (const prev of reverse.get(queue.shift()!) ?? []) {
			if (!canEnd.has(prev)) {
				canEnd.add(prev);
				queue.push(prev);
			}
		}
	}
	for (const id of order) {
		if (!canEnd.has(id)) {
			const cx = adjacency.get(id)!.state.context;
			issues.push(`no ending can be reached from node ${cx.node} after ${cx.asked.join(', ')}`);
			break;
		}
	}

	for (const node of scenario.nodes) if (!nodes.has(node.id)) issues.push(`node ${node.id} is never reached`);
	for (const node of scenario.nodes) {
		for (const choice of node.choices) {
			if (!choices.has(choice.id)) issues.push(`choice ${choice.id} at node ${node.id} is never offered`);
		}
	}
	for (const ending of scenario.endings) {
		if (endings.has(ending.id)) continue;
		const distance =
			ending.id === scenario.timeUp
				? (cx: DialogueContext) => scenario.minutes - cx.clock
				: ruleDistance(scenario, ending.id);
		const path = distance && searchEnding(scenario, ending.id, distance);
		if (path) endings.set(ending.id, path);
	}
	for (const ending of scenario.endings) {
		if (!endings.has(ending.id)) issues.push(`ending ${ending.id} is never reached`);
	}
	for (const dim of scenario.rubric) {
		const high = points.get(dim.id)?.[1];
		if (dim.kind === 'points' && high !== undefined && high < dim.max) {
			issues.push(
				`rubric ${dim.id}: the best walked path earns ${high} of its ${dim.max} points; lower max or award more`
			);
		}
	}
	return { states: order.length, transitions, endings, nodes, choices, mostOffered, points, issues };
}

/**
 * A beam search on the real machine for a path to an ending that the condition-based walk can
 * merge away, because it does not tell a customer at 55 patience from one at 5, or minute 12 from
 * minute 28: the end rules' meter limits, and the clock running out. It keeps the moments closest
 * to the ending by `distance` and never lets the learner close the meeting.
 */
export function searchEnding(
	scenario: Scenario,
	ending: string,
	distance: (context: DialogueContext) => number,
	width = 40
): string[] | undefined {
	let [first] = initialTransition(dialogueMachine, { scenario, mode: 'coach', seed: 1 });
	[first] = transition(dialogueMachine, first, { type: 'meeting.start' });
	let beam: Snapshot[] = [first];
	for (let step = 0; step < scenario.minutes && beam.length; step++) {
		const next: Snapshot[] = [];
		const seen = new Set<string>();
		for (const snapshot of beam) {
			for (const choice of offeredChoices(snapshot.context)) {
				if (choice.end.length) continue;
				const [after] = transition(dialogueMachine, snapshot, { type: 'choice.select', choice: choice.id });
				if (after.context.ending === ending) return after.context.asked;
				if (after.value !== 'meeting') continue;
				const id = `${after.context.node}|${[...after.context.asked].sort().join()}`;
				if (seen.has(id)) continue;
				seen.add(id);
				next.push(after);
			}
		}
		beam = next.sort((a, b) => distance(a.context) - distance(b.context)).slice(0, width);
	}
	return undefined;
}

/** How far a meeting is from an ending's end rules: the smallest gap to a meter limit. */
function ruleDistance(scenario: Scenario, ending: string): ((context: DialogueContext) => number) | undefined {
	const limits: { meter: string; atMost: number }[] = [];
	const collect = (c: Condition): void => {
		if ('all' in c) c.all.forEach(collect);
		else if ('any' in c) c.any.forEach(collect);
		else if ('meter' in c && c.atMost !== undefined) limits.push({ meter: c.meter, atMost: c.atMost });
	};
	scenario.endWhen.filter((r) => r.ending === ending).forEach((r) => collect(r.if));
	if (!limits.length) return undefined;
	return (cx) => Math.min(...limits.map((l) => (cx.meters[l.meter] ?? 0) - l.atMost));
}
