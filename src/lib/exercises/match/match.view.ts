import type { Choice } from '../common';
import { lettered, subSeed } from '../shuffle';
import type { ResolvedMatch } from './match.types';

/** The options of a column in this attempt's order, lettered A, B, C … so that prompts can name them briefly. */
export function letteredOptions(ex: ResolvedMatch, columnId: string, seed: number): Choice[] {
	return lettered(ex.columns.find((c) => c.id === columnId)?.options ?? [], subSeed(seed, columnId));
}
