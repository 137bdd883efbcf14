import type { Engine } from '../engine';
import { emptyTreeAnswer, gradeTree, keyTreeAnswer } from './tree.grade';
import { TreeAnswerSchema, type TreeAnswer, type ResolvedTree } from './tree.types';

/** The tree type's engine: answer schema, empty answer, key and grader. */
export const treeEngine: Engine<ResolvedTree, TreeAnswer> = {
	schema: TreeAnswerSchema,
	empty: emptyTreeAnswer,
	key: keyTreeAnswer,
	grade: gradeTree
};
