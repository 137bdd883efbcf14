import type { Localized } from '../i18n/locale';

/** What every resolved exercise has: the texts around the task. */
export interface ResolvedBase {
	/** Stable id; the last part of `/practice/<id>`. */
	id: string;
	/** Position among the module's exercises, from 1. */
	order: number;
	/** The title. */
	title: Localized;
	/** What the learner is asked to do. */
	instructions: Localized;
	/** Where the facts come from, or what is derived. */
	note?: Localized;
}

/** A partly right answer and the credit it earns. */
export interface PartialCredit {
	/** The id of the partly right choice. */
	choice: string;
	/** The credit it earns, between 0 and 1. */
	credit: number;
}
