import type { FieldIssue } from '../../content/content.schema';
import { COMPETITIVE_STRATEGIES } from '../../method/competitive';
import { duplicateIds, own } from '../common';
import type { ResolveContext } from '../context';
import type { TreeDef } from './tree.def';
import type { ResolvedTree, TreeLeaf, TreeSituation } from './tree.types';

/** Turns a decision-tree file into a resolved exercise, checking that every question is reachable and every walk ends. */
export function resolveTree(def: TreeDef, _ctx: ResolveContext, issues: FieldIssue[]): ResolvedTree {
	const leaves: TreeLeaf[] = def.leaves.map((l, i) => {
		const strategy = COMPETITIVE_STRATEGIES.find((s) => s.id === l.strategy);
		if (strategy && (l.name || l.detail))
			issues.push({ field: `leaves.${i}`, message: 'a strategy takes its name from the method' });
		if (!strategy && !l.name) issues.push({ field: `leaves.${i}`, message: 'an end needs a name or a strategy' });
		return { id: l.id, name: strategy?.name ?? l.name ?? { en: '', zh: '' }, detail: strategy?.gist ?? l.detail };
	});
	const nodes = def.nodes.map((n) => ({ id: n.id, question: n.question, options: n.options }));
	issues.push(...duplicateIds([...nodes.map((n) => n.id), ...leaves.map((l) => l.id)], 'nodes and leaves'));
	const targets = new Set([...nodes.map((n) => n.id), ...leaves.map((l) => l.id)]);
	nodes.forEach((n, i) => {
		issues.push(
			...duplicateIds(
				n.options.map((o) => o.id),
				`nodes.${i}.options`
			)
		);
		n.options.forEach((o, j) => {
			if (!targets.has(o.next))
				issues.push({ field: `nodes.${i}.options.${j}.next`, message: `no question or end ${o.next}` });
		});
	});
	// Every question and end must be reachable from the root, and no walk may loop.
	const reached = new Set<string>();
	const visit = (id: string, trail: string[]) => {
		if (trail.includes(id)) return issues.push({ field: 'nodes', message: `the tree loops at ${id}` });
		reached.add(id);
		for (const o of nodes.find((n) => n.id === id)?.options ?? []) visit(o.next, [...trail, id]);
	};
	if (!nodes.some((n) => n.id === def.root)) issues.push({ field: 'root', message: `no question ${def.root}` });
	else visit(def.root, []);
	for (const id of targets)
		if (!reached.has(id)) issues.push({ field: 'nodes', message: `${id} cannot be reached from the root` });

	const situations: TreeSituation[] = def.situations.map((s, i) => {
		const path: string[] = [];
		const used = new Set<string>();
		let at = def.root;
		for (let guard = 0; guard <= nodes.length; guard++) {
			const node = nodes.find((n) => n.id === at);
			if (!node) break;
			const answer = own(s.answers, node.id);
			const option = node.options.find((o) => o.id === answer);
			if (!option) {
				issues.push({
					field: `situations.${i}.answers.${node.id}`,
					message: 'the walk needs an answer to this question'
				});
				break;
			}
			used.add(node.id);
			path.push(option.id);
			at = option.next;
		}
		if (at !== s.leaf)
			issues.push({ field: `situations.${i}.leaf`, message: `the answers lead to ${at}, not ${s.leaf}` });
		for (const id of Object.keys(s.answers)) {
			if (!used.has(id))
				issues.push({ field: `situations.${i}.answers.${id}`, message: 'this question is not on the way' });
		}
		return { id: s.id, text: s.text, path, leaf: s.leaf, explanation: s.explanation };
	});
	issues.push(
		...duplicateIds(
			situations.map((s) => s.id),
			'situations'
		)
	);
	return {
		id: def.id,
		type: 'tree',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		root: def.root,
		nodes,
		leaves,
		situations
	};
}
