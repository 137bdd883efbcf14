import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { PartialCredit, ResolvedBase } from '../base';
import type { Choice } from '../common';

/** A part of the template: a sentence with blanks, or a row of a table such as an ISC area. */
export interface TemplateGroup {
	/** Stable id. */
	id: string;
	/** Its heading, if any. */
	heading?: Localized;
	/** A sentence with `{blank}` placeholders, if the group is a sentence. */
	text?: Localized;
}

/** A blank to fill by choosing one option, or several. */
export interface TemplateBlank {
	/** Stable id; `{id}` in its group's text. */
	id: string;
	/** The group it belongs to. */
	group: string;
	/** What goes in it. */
	label: Localized;
	/** True when several options are right together (check boxes). */
	multiple: boolean;
	/** The options. */
	options: Choice[];
	/** The right option ids (one unless `multiple`). */
	answer: string[];
	/** Options that earn part of the credit (single-choice blanks). */
	partial: PartialCredit[];
	/** Why. */
	explanation: Localized;
}

/** Fill a template (a value proposition, an ISC bridge) by choosing what goes in each blank. */
export interface ResolvedTemplate extends ResolvedBase {
	/** The type. */
	type: 'template';
	/** The groups, in order. */
	groups: TemplateGroup[];
	/** The blanks, in order. */
	blanks: TemplateBlank[];
}

/** The learner's answer: the chosen option ids per blank id. */
export const TemplateAnswerSchema = v.object({ choices: v.record(v.string(), v.array(v.string())) });

/** The learner's answer to a template exercise. */
export type TemplateAnswer = v.InferOutput<typeof TemplateAnswerSchema>;
