import { gradeOf, itemResult, joinLocalized, labelled, own, type GradeResult } from '../common';
import type { MatchAnswer, ResolvedMatch } from './match.types';

/** An answer with nothing matched. */
export function emptyMatchAnswer(): MatchAnswer {
	return { choices: {} };
}

/** The answer key as an answer. */
export function keyMatchAnswer(ex: ResolvedMatch): MatchAnswer {
	return { choices: Object.fromEntries(ex.prompts.map((p) => [p.id, { ...p.key }])) };
}

/** Grades a match answer: each prompt earns the share of its columns matched right. */
export function gradeMatch(ex: ResolvedMatch, answer: MatchAnswer): GradeResult {
	return gradeOf(
		ex.prompts.map((prompt) => {
			const chosen = own(answer.choices, prompt.id) ?? {};
			const right = ex.columns.filter((col) => own(chosen, col.id) === prompt.key[col.id]).length;
			const answered = ex.columns.some((col) => own(chosen, col.id) !== undefined);
			const texts = ex.columns.map((col) => {
				const text = col.options.find((o) => o.id === prompt.key[col.id])!.text;
				return ex.columns.length > 1 ? labelled(col.name, text) : text;
			});
			return itemResult(
				prompt.id,
				right / ex.columns.length,
				answered,
				joinLocalized(texts, { en: '; ', zh: '；' }),
				prompt.explanation
			);
		})
	);
}
