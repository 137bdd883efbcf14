import type { ResolvedTree, TreeLeaf, TreeNode, TreeOption } from './tree.types';

/** A question passed on the way and the answer chosen there. */
export interface WalkStep {
	/** The question. */
	node: TreeNode;
	/** The answer chosen. */
	option: TreeOption;
}

/** Where a walk stands: the steps taken, then the next question or the end reached. */
export interface Walk {
	/** The questions answered, in order. */
	steps: WalkStep[];
	/** The question to answer next, if the walk has not ended. */
	current?: TreeNode;
	/** The end reached, if any. */
	leaf?: TreeLeaf;
}

/** Follows chosen option ids from the root; stops at an end, or at the first id that does not fit. */
export function walkTree(tree: Pick<ResolvedTree, 'root' | 'nodes' | 'leaves'>, path: readonly string[]): Walk {
	const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
	const steps: WalkStep[] = [];
	let at = tree.root;
	for (const optionId of path) {
		const node = nodes.get(at);
		const option = node?.options.find((o) => o.id === optionId);
		if (!node || !option) break;
		steps.push({ node, option });
		at = option.next;
		if (steps.length > tree.nodes.length) break;
	}
	return { steps, current: nodes.get(at), leaf: tree.leaves.find((l) => l.id === at) };
}
