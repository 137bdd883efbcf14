import { gradeOf, itemResult, type GradeResult, own } from '../common';
import type { RateAnswer, ResolvedRate } from './rate.types';

/** An answer with nothing rated. */
export function emptyRateAnswer(): RateAnswer {
	return { choices: {} };
}

/** The answer key as an answer. */
export function keyRateAnswer(ex: ResolvedRate): RateAnswer {
	return { choices: Object.fromEntries(ex.criteria.map((c) => [c.id, c.key])) };
}

/** Grades ratings against the key: full credit for the expert's rating, partial credit within the tolerance. */
export function gradeRate(ex: ResolvedRate, answer: RateAnswer): GradeResult {
	return gradeOf(
		ex.criteria.map((c) => {
			const chosen = own(answer.choices, c.id);
			const score = chosen === c.key ? 1 : (c.partial.find((p) => p.choice === chosen)?.credit ?? 0);
			const rating = ex.ratings.find((r) => r.id === c.key)!;
			return itemResult(
				c.id,
				score,
				chosen !== undefined,
				{ en: `${rating.symbol} ${rating.text.en}`, zh: `${rating.symbol} ${rating.text.zh}` },
				c.explanation
			);
		})
	);
}
