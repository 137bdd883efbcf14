import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { ResolvedBase } from '../base';
import { NestedChoiceMapSchema } from '../answer-schema';
import type { Choice } from '../common';

/** A list of options the prompts are matched to. */
export interface MatchColumn {
	/** Stable id. */
	id: string;
	/** What the options are (e.g. "Selling stage"). */
	name: Localized;
	/** The options, possibly more than there are prompts. */
	options: Choice[];
}

/** A prompt to match with one option in each column. */
export interface MatchPrompt {
	/** Stable id. */
	id: string;
	/** The prompt. */
	text: Localized;
	/** A short label shown before it, such as the step number. */
	label?: string;
	/** The right option id per column id. */
	key: Record<string, string>;
	/** Why these match. */
	explanation: Localized;
}

/** Match each prompt with one option in each column. */
export interface ResolvedMatch extends ResolvedBase {
	/** The type. */
	type: 'match';
	/** What the prompts are (e.g. "Customer's buying step"). */
	promptName: Localized;
	/** The columns of options. */
	columns: MatchColumn[];
	/** The prompts, in their natural order. */
	prompts: MatchPrompt[];
}

/** The learner's answer: per prompt id, an option id per column id. */
export const MatchAnswerSchema = v.object({ choices: NestedChoiceMapSchema });

/** The learner's answer to a match exercise. */
export type MatchAnswer = v.InferOutput<typeof MatchAnswerSchema>;
