import type { Engine } from '../engine';
import { emptyTreeAnswer, gradeTree, keyTreeAnswer } from './tree.grade';
import type { TreeAnswer, ResolvedTree } from './tree.types';

/** The tree type's engine: empty answer, key, grader, and the answer schema on demand. */
export const treeEngine: Engine<ResolvedTree, TreeAnswer> = {
	answerSchema: () => import('./tree.types').then((types) => types.TreeAnswerSchema),
	empty: emptyTreeAnswer,
	key: keyTreeAnswer,
	grade: gradeTree
};
