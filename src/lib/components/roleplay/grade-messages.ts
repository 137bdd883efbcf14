import * as m from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { Verdict } from '$lib/roleplay/tasks';
import type { Grade } from '$lib/scenarios/scenario.types';

/** A compiled message, whatever its placeholders. */
export type Message = (inputs: never, options: { locale: Locale }) => string;

/** A message whose placeholders are given as a plain record, for {@link T}. */
export type LooseMessage = (inputs: Record<string, string | number>, options: { locale: Locale }) => string;

/** Any message, typed to take its placeholders as a plain record. */
export function loose(message: Message): LooseMessage {
	return message as unknown as LooseMessage;
}

/** The name of each verdict. */
export const VERDICT_MESSAGES: Record<Verdict, Message> = {
	right: m.rp_verdict_right,
	partial: m.rp_verdict_partial,
	wrong: m.rp_verdict_wrong,
	missing: m.rp_verdict_missing
};

/** The name of each grade. */
export const GRADE_MESSAGES: Record<Grade, Message> = {
	good: m.rp_grade_good,
	fair: m.rp_grade_fair,
	poor: m.rp_grade_poor
};
