import type { Engine } from '../engine';
import { emptyChainAnswer, gradeChain, keyChainAnswer } from './chain.grade';
import { ChainAnswerSchema, type ChainAnswer, type ResolvedChain } from './chain.types';

/** The chain type's engine: answer schema, empty answer, key and grader. */
export const chainEngine: Engine<ResolvedChain, ChainAnswer> = {
	schema: ChainAnswerSchema,
	empty: emptyChainAnswer,
	key: keyChainAnswer,
	grade: gradeChain
};
