import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { ResolvedBase } from '../base';

/** An answer to a question of the tree and where it leads. */
export interface TreeOption {
	/** Stable id within its question. */
	id: string;
	/** The answer. */
	label: Localized;
	/** The id of the next question or of an end. */
	next: string;
}

/** A question of the decision tree. */
export interface TreeNode {
	/** Stable id. */
	id: string;
	/** The question. */
	question: Localized;
	/** Its answers. */
	options: TreeOption[];
}

/** An end of the tree: a decision. */
export interface TreeLeaf {
	/** Stable id. */
	id: string;
	/** The decision. */
	name: Localized;
	/** What it means, in a sentence. */
	detail?: Localized;
}

/** A situation to walk through the tree. */
export interface TreeSituation {
	/** Stable id. */
	id: string;
	/** The situation. */
	text: Localized;
	/** The key: the option ids chosen from the root to the end. */
	path: string[];
	/** The end the key reaches. */
	leaf: string;
	/** Why. */
	explanation: Localized;
}

/** Walk a decision tree for each situation. */
export interface ResolvedTree extends ResolvedBase {
	/** The type. */
	type: 'tree';
	/** The first question. */
	root: string;
	/** The questions. */
	nodes: TreeNode[];
	/** The ends. */
	leaves: TreeLeaf[];
	/** The situations. */
	situations: TreeSituation[];
}

/** The learner's answer: per situation id, the option ids chosen from the root. */
export const TreeAnswerSchema = v.object({ walks: v.record(v.string(), v.array(v.string())) });

/** The learner's answer to a decision-tree exercise. */
export type TreeAnswer = v.InferOutput<typeof TreeAnswerSchema>;
