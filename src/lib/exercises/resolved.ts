import type { ResolvedChain } from './chain/chain.types';
import type { ResolvedClassify } from './classify/classify.types';
import type { ResolvedCompute } from './compute/compute.types';
import type { ResolvedMatch } from './match/match.types';
import type { ResolvedOrder } from './order/order.types';
import type { ResolvedPlace2x2 } from './place2x2/place2x2.types';
import type { ResolvedRate } from './rate/rate.types';
import type { ResolvedStatement } from './statement/statement.types';
import type { ResolvedTemplate } from './template/template.types';
import type { ResolvedTree } from './tree/tree.types';

/** An exercise ready to run: every text and every key written out, case facts included. */
export type ResolvedExercise =
	| ResolvedClassify
	| ResolvedOrder
	| ResolvedMatch
	| ResolvedPlace2x2
	| ResolvedStatement
	| ResolvedChain
	| ResolvedTemplate
	| ResolvedRate
	| ResolvedTree
	| ResolvedCompute;

/** The resolved exercise of one type. */
export type ResolvedOf<T extends ResolvedExercise['type']> = Extract<ResolvedExercise, { type: T }>;
