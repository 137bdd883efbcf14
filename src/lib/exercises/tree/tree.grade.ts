import { gradeOf, itemResult, own, type GradeResult } from '../common';
import type { ResolvedTree, TreeAnswer } from './tree.types';
import { walkTree } from './tree.walk';

/** An answer with no walk started. */
export function emptyTreeAnswer(): TreeAnswer {
	return { walks: {} };
}

/** The answer key as an answer. */
export function keyTreeAnswer(ex: ResolvedTree): TreeAnswer {
	return { walks: Object.fromEntries(ex.situations.map((s) => [s.id, [...s.path]])) };
}

/**
 * Grades walks. Reaching the right end earns full credit; otherwise the answers that agree with
 * the key before the walk went astray earn up to half.
 */
export function gradeTree(ex: ResolvedTree, answer: TreeAnswer): GradeResult {
	return gradeOf(
		ex.situations.map((s) => {
			const path = own(answer.walks, s.id) ?? [];
			const walk = walkTree(ex, path);
			let agreed = 0;
			while (agreed < walk.steps.length && agreed < s.path.length && walk.steps[agreed]!.option.id === s.path[agreed])
				agreed++;
			const score = walk.leaf?.id === s.leaf ? 1 : (0.5 * agreed) / s.path.length;
			const leaf = ex.leaves.find((l) => l.id === s.leaf)!;
			return itemResult(s.id, score, walk.steps.length > 0, leaf.name, s.explanation);
		})
	);
}
