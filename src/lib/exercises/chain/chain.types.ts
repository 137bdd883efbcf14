import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { ResolvedBase } from '../base';
import { NestedChoiceMapSchema } from '../answer-schema';
import type { Choice } from '../common';

/** Something the learner decides for every node: a pain, a link to another node, an attribute. */
export interface ChainField {
	/** Stable id. */
	id: string;
	/** What is decided. */
	name: Localized;
	/** The options, in their natural order. */
	options: Choice[];
	/** True when the options form a scale, so that a neighbouring option earns half the credit. */
	scale: boolean;
	/** True when the options are the other nodes (the links of the chain or graph). */
	link: boolean;
}

/** A node of the chain or graph, usually a person. */
export interface ChainNode {
	/** Stable id. */
	id: string;
	/** Who or what it is. */
	label: Localized;
	/** Evidence the learner works from, if any. */
	detail?: Localized;
	/** The right option id per field id. */
	key: Record<string, string>;
	/** Why. */
	explanation: Localized;
}

/** Build a chain or graph: decide each node's fields and links. */
export interface ResolvedChain extends ResolvedBase {
	/** The type. */
	type: 'chain';
	/** The fields decided for every node. */
	fields: ChainField[];
	/** The nodes, in their natural order. */
	nodes: ChainNode[];
}

/** The learner's answer: per node id, an option id per field id. */
export const ChainAnswerSchema = v.object({ choices: NestedChoiceMapSchema });

/** The learner's answer to a chain exercise. */
export type ChainAnswer = v.InferOutput<typeof ChainAnswerSchema>;
