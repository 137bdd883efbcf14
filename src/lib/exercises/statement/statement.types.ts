import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { ResolvedBase } from '../base';
import { NestedChoiceMapSchema } from '../answer-schema';
import type { Choice } from '../common';

/** A part of the structured statement, such as the desired result or the planned activity. */
export interface StatementPart {
	/** Stable id; phrase parts appear in the template as `{id}`. */
	id: string;
	/** The part's name. */
	name: Localized;
	/** True when the part is a label chosen from a short list (e.g. the focus) rather than a phrase in the template. */
	label: boolean;
}

/** A statement to build from what a customer said. */
export interface StatementItem {
	/** Stable id. */
	id: string;
	/** What the customer said, or the situation. */
	prompt: Localized;
	/** The options per part id, the right one among them. */
	options: Record<string, Choice[]>;
	/** The right option id per part id. */
	key: Record<string, string>;
	/** Why this is the right statement. */
	explanation: Localized;
}

/** Build structured statements (e.g. desired result BY planned activity) from phrase options. */
export interface ResolvedStatement extends ResolvedBase {
	/** The type. */
	type: 'statement';
	/** The statement's form, with `{part}` placeholders for the phrase parts. */
	template: Localized;
	/** The parts. */
	parts: StatementPart[];
	/** The statements to build. */
	items: StatementItem[];
}

/** The learner's answer: per item id, an option id per part id. */
export const StatementAnswerSchema = v.object({ choices: NestedChoiceMapSchema });

/** The learner's answer to a statement exercise. */
export type StatementAnswer = v.InferOutput<typeof StatementAnswerSchema>;
