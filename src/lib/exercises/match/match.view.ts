import type { Choice } from '../common';
import { shuffled, subSeed } from '../shuffle';
import type { ResolvedMatch } from './match.types';

/** The options of a column in this attempt's order, lettered A, B, C … so that prompts can name them briefly. */
export function letteredOptions(ex: ResolvedMatch, columnId: string, seed: number): Choice[] {
	const column = ex.columns.find((c) => c.id === columnId);
	return shuffled(column?.options ?? [], subSeed(seed, columnId)).map((o, i) => ({
		...o,
		symbol: String.fromCharCode(65 + i)
	}));
}
