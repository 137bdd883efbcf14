import { gradeOf, itemResult, joinLocalized, own, type GradeResult } from '../common';
import type { ResolvedTemplate, TemplateAnswer, TemplateBlank } from './template.types';

/** An answer with every blank empty. */
export function emptyTemplateAnswer(): TemplateAnswer {
	return { choices: {} };
}

/** The answer key as an answer. */
export function keyTemplateAnswer(ex: ResolvedTemplate): TemplateAnswer {
	return { choices: Object.fromEntries(ex.blanks.map((b) => [b.id, [...b.answer]])) };
}

/**
 * The credit for one blank. Single choice: 1 when right, the partial credit where allowed. Several:
 * the right options chosen minus the wrong ones, over the number of right options, never below 0.
 */
export function blankCredit(blank: TemplateBlank, chosen: readonly string[]): number {
	const picked = [...new Set(chosen)].filter((id) => blank.options.some((o) => o.id === id));
	if (!blank.multiple) {
		const [first] = picked;
		if (first === blank.answer[0]) return 1;
		return blank.partial.find((p) => p.choice === first)?.credit ?? 0;
	}
	const hits = picked.filter((id) => blank.answer.includes(id)).length;
	return Math.max(0, (hits - (picked.length - hits)) / blank.answer.length);
}

/** Grades a filled template blank by blank. */
export function gradeTemplate(ex: ResolvedTemplate, answer: TemplateAnswer): GradeResult {
	return gradeOf(
		ex.blanks.map((blank) => {
			const chosen = own(answer.choices, blank.id) ?? [];
			const expected = joinLocalized(
				blank.answer.map((id) => blank.options.find((o) => o.id === id)!.text),
				{ en: '; ', zh: '；' }
			);
			return itemResult(blank.id, blankCredit(blank, chosen), chosen.length > 0, expected, blank.explanation);
		})
	);
}
