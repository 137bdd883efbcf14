import type { Choice } from '../common';
import type { RateCriterion, ResolvedRate } from './rate.types';

/** The criteria grouped under their questions, in the method's order. */
export function criteriaByQuestion(ex: ResolvedRate): { question: Choice; criteria: RateCriterion[] }[] {
	return ex.questions.map((question) => ({
		question,
		criteria: ex.criteria.filter((c) => c.question === question.id)
	}));
}
