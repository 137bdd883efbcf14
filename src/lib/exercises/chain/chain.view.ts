import { own } from '../common';
import type { ChainAnswer, ChainNode, ResolvedChain } from './chain.types';

/** A node of the drawn chain with the nodes whose answers link to it. */
export interface ChainBranch {
	/** The node. */
	node: ChainNode;
	/** The nodes linked to it. */
	children: ChainBranch[];
}

/**
 * The chain as the learner linked it: top nodes (linked to no one, or to `top`) with the nodes
 * that explain them beneath. Nodes caught in a loop are listed at the top level once.
 */
export function chainBranches(ex: ResolvedChain, answer: ChainAnswer): ChainBranch[] {
	const link = ex.fields.find((f) => f.link);
	if (!link) return [];
	const parent = (node: ChainNode) => own(own(answer.choices, node.id), link.id);
	const placed = new Set<string>();
	const build = (node: ChainNode): ChainBranch => {
		placed.add(node.id);
		return {
			node,
			children: ex.nodes.filter((n) => parent(n) === node.id && !placed.has(n.id)).map(build)
		};
	};
	const isNode = (id: string | undefined) => ex.nodes.some((n) => n.id === id);
	const roots = ex.nodes.filter((n) => !isNode(parent(n))).map(build);
	for (const n of ex.nodes) if (!placed.has(n.id)) roots.push(build(n));
	return roots;
}
