import type { Scenario, ScenarioNode } from './scenario.types';

/** A problem with the shape of a scenario's conversation graph. */
export interface GraphIssue {
	/** Where, as `nodes[<id>]` or `nodes[<id>].choices[<id>]`. */
	field: string;
	/** What is wrong. */
	message: string;
}

/** The nodes each node's choices lead to (without endings), by node id. */
export function nodeEdges(scenario: Pick<Scenario, 'nodes'>): Map<string, Set<string>> {
	const edges = new Map<string, Set<string>>();
	for (const node of scenario.nodes) {
		const targets = new Set<string>();
		for (const choice of node.choices) if (choice.end.length === 0) targets.add(choice.next);
		edges.set(node.id, targets);
	}
	return edges;
}

function reachableFrom(start: string, edges: Map<string, Set<string>>): Set<string> {
	const seen = new Set([start]);
	const queue = [start];
	while (queue.length) {
		for (const next of edges.get(queue.shift()!) ?? []) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return seen;
}

/** True when a node lies on a cycle of other nodes, so that the learner can come back to it. */
function onCycle(node: string, edges: Map<string, Set<string>>): boolean {
	for (const next of edges.get(node) ?? []) {
		if (next !== node && reachableFrom(next, edges).has(node)) return true;
	}
	return false;
}

/**
 * A node can never leave the learner with nothing to say when it offers, without condition, a
 * choice that ends the meeting, or one that leaves the node and stays on offer (`repeat`) or
 * belongs to a node the learner cannot come back to (its choices are all still fresh on arrival).
 */
function hasSafeExit(node: ScenarioNode, cyclic: boolean): boolean {
	return node.choices.some((c) => !c.if && (c.end.length > 0 || (c.next !== node.id && (c.repeat || !cyclic))));
}

/**
 * The structural checks of a scenario: every node reachable from the start, no node where the
 * learner can run out of things to say, and from every node a way to end the meeting other than
 * running out of time. (Every choice takes at least a minute and the meeting ends when the clock
 * reaches its length, so no path goes on for ever; `tests/content` walks the real machine to
 * confirm it under the scenario's conditions.)
 */
export function checkGraph(scenario: Pick<Scenario, 'nodes' | 'start'>): GraphIssue[] {
	const issues: GraphIssue[] = [];
	const edges = nodeEdges(scenario);
	if (!edges.has(scenario.start)) return issues;
	const reachable = reachableFrom(scenario.start, edges);
	for (const node of scenario.nodes) {
		const field = `nodes[${node.id}]`;
		if (!reachable.has(node.id)) {
			issues.push({ field, message: `unreachable: no choice leads here from the start node ${scenario.start}` });
			continue;
		}
		if (!hasSafeExit(node, onCycle(node.id, edges))) {
			issues.push({
				field,
				message:
					'dead end: the learner can run out of choices here; add a choice without condition that ends the meeting, or that leaves the node with repeat: true'
			});
		}
	}
	const closing = new Set(scenario.nodes.filter((n) => n.choices.some((c) => c.end.length > 0)).map((n) => n.id));
	for (const node of scenario.nodes) {
		if (!reachable.has(node.id)) continue;
		const ahead = reachableFrom(node.id, edges);
		if (![...ahead].some((id) => closing.has(id))) {
			issues.push({
				field: `nodes[${node.id}]`,
				message: 'never ends: from here no choice can end the meeting, only running out of time'
			});
		}
	}
	return issues;
}
