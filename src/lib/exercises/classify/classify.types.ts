import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { PartialCredit, ResolvedBase } from '../base';
import { ChoiceMapSchema } from '../answer-schema';
import type { Choice } from '../common';

/** A statement to sort into one category. */
export interface ClassifyItem {
	/** Stable id. */
	id: string;
	/** The statement. */
	text: Localized;
	/** The id of the right category. */
	category: string;
	/** Categories that earn part of the credit. */
	partial: PartialCredit[];
	/** Why it belongs there. */
	explanation: Localized;
}

/** Sort statements into categories. */
export interface ResolvedClassify extends ResolvedBase {
	/** The type. */
	type: 'classify';
	/** The categories, in the order they are offered. */
	categories: Choice[];
	/** The statements. */
	items: ClassifyItem[];
}

/** The learner's answer: a category id per item id. */
export const ClassifyAnswerSchema = v.object({ choices: ChoiceMapSchema });

/** The learner's answer to a classify exercise. */
export type ClassifyAnswer = v.InferOutput<typeof ClassifyAnswerSchema>;
