import { gradeOf, itemResult, own, type GradeResult } from '../common';
import type { ClassifyAnswer, ResolvedClassify } from './classify.types';

/** An answer with nothing chosen. */
export function emptyClassifyAnswer(): ClassifyAnswer {
	return { choices: {} };
}

/** The answer key as an answer. */
export function keyClassifyAnswer(ex: ResolvedClassify): ClassifyAnswer {
	return { choices: Object.fromEntries(ex.items.map((i) => [i.id, i.category])) };
}

/** Grades a classify answer: full credit for the right category, partial credit where the key allows it. */
export function gradeClassify(ex: ResolvedClassify, answer: ClassifyAnswer): GradeResult {
	return gradeOf(
		ex.items.map((item) => {
			const chosen = own(answer.choices, item.id);
			const score = chosen === item.category ? 1 : (item.partial.find((p) => p.choice === chosen)?.credit ?? 0);
			const expected = ex.categories.find((c) => c.id === item.category)!.text;
			return itemResult(item.id, score, chosen !== undefined, expected, item.explanation);
		})
	);
}
