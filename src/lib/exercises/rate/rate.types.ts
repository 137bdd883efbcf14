import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { PartialCredit, ResolvedBase } from '../base';
import { ChoiceMapSchema } from '../answer-schema';
import type { Choice } from '../common';

/** A criterion to rate, with the expert's rating. */
export interface RateCriterion {
	/** Stable id, `c1` to `c20`. */
	id: string;
	/** Its number in the method, 1 to 20. */
	number: number;
	/** The id of the question it belongs to. */
	question: string;
	/** The criterion. */
	name: Localized;
	/** The unfavourable end of its scale. */
	unfavourable: Localized;
	/** The favourable end of its scale. */
	favourable: Localized;
	/** The expert's rating id. */
	key: string;
	/** Ratings within the tolerance, with their credit. */
	partial: PartialCredit[];
	/** The expert's reasons. */
	explanation: Localized;
}

/** Rate criteria against an expert key, with tolerance. */
export interface ResolvedRate extends ResolvedBase {
	/** The type. */
	type: 'rate';
	/** The moment in the sale at which the rating is made. */
	moment: Localized;
	/** The questions that group the criteria. */
	questions: Choice[];
	/** The ratings the learner can give. */
	ratings: Choice[];
	/** The criteria, in the method's order. */
	criteria: RateCriterion[];
}

/** The learner's answer: a rating id per criterion id. */
export const RateAnswerSchema = v.object({ choices: ChoiceMapSchema });

/** The learner's answer to a rating exercise. */
export type RateAnswer = v.InferOutput<typeof RateAnswerSchema>;
