import type { Engine } from '../engine';
import { emptyChainAnswer, gradeChain, keyChainAnswer } from './chain.grade';
import type { ChainAnswer, ResolvedChain } from './chain.types';

/** The chain type's engine: empty answer, key, grader, and the answer schema on demand. */
export const chainEngine: Engine<ResolvedChain, ChainAnswer> = {
	answerSchema: () => import('./chain.types').then((types) => types.ChainAnswerSchema),
	empty: emptyChainAnswer,
	key: keyChainAnswer,
	grade: gradeChain
};
