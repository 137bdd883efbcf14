import * as m from '$lib/paraglide/messages';
import type { Locale, Localized } from '$lib/i18n/locale';
import type { Reason } from '$lib/roleplay/tasks';
import type { QuestionKind, Topic } from '$lib/scenarios/scenario.types';
import { loose, type LooseMessage, type Message } from './grade-messages';

/** The sentence of each grader reason code. */
export const REASON_MESSAGES: Record<string, Message> = {
	'not-answered': m.rp_reason_not_answered,
	'sam-right': m.rp_reason_sam_right,
	'sam-wrong': m.rp_reason_sam_wrong,
	'sam-partial': m.rp_reason_sam_partial,
	'tim-not-found': m.rp_reason_tim_not_found,
	'tim-right': m.rp_reason_tim_right,
	'tim-activity-not-asked': m.rp_reason_tim_activity_not_asked,
	'tim-reason-not-asked': m.rp_reason_tim_reason_not_asked,
	'tim-never-said': m.rp_reason_tim_never_said,
	'tim-other-initiative': m.rp_reason_tim_other_initiative,
	'tim-focus-revenue': m.rp_reason_tim_focus_revenue,
	'tim-focus-cost': m.rp_reason_tim_focus_cost,
	'tim-priority-not-asked': m.rp_reason_tim_priority_not_asked,
	'tim-priority-right': m.rp_reason_tim_priority_right,
	'tim-priority-off': m.rp_reason_tim_priority_off,
	'tim-priority-guess': m.rp_reason_tim_priority_guess,
	'nb-cell-good': m.rp_reason_nb_cell_good,
	'nb-cell-fair': m.rp_reason_nb_cell_fair,
	'nb-cell-poor': m.rp_reason_nb_cell_poor,
	'nb-cell-empty': m.rp_reason_nb_cell_empty,
	'nb-order-missing': m.rp_reason_nb_order_missing,
	'nb-order-kept': m.rp_reason_nb_order_kept,
	'nb-order-reversed': m.rp_reason_nb_order_reversed,
	'pc-reason-right': m.rp_reason_pc_reason_right,
	'pc-reason-left-out': m.rp_reason_pc_reason_left_out,
	'pc-reason-not-found': m.rp_reason_pc_reason_not_found,
	'pc-link-no-reason': m.rp_reason_pc_link_no_reason,
	'pc-link-right': m.rp_reason_pc_link_right,
	'pc-link-wrong': m.rp_reason_pc_link_wrong,
	'pc-link-end': m.rp_reason_pc_link_end,
	'pc-link-no-one': m.rp_reason_pc_link_no_one,
	'pc-reason-invented': m.rp_reason_pc_reason_invented,
	'pc-up-missing': m.rp_reason_pc_up_missing,
	'pc-up-right': m.rp_reason_pc_up_right,
	'pc-up-wrong': m.rp_reason_pc_up_wrong,
	'vision-reason-not-found': m.rp_reason_vision_reason_not_found,
	'vision-not-agreed': m.rp_reason_vision_not_agreed,
	'vision-right': m.rp_reason_vision_right,
	'vision-product': m.rp_reason_vision_product,
	'vision-other': m.rp_reason_vision_other,
	'vision-impact-right': m.rp_reason_vision_impact_right,
	'vision-impact-left-out': m.rp_reason_vision_impact_left_out,
	'vision-impact-extra': m.rp_reason_vision_impact_extra,
	'vision-confirmed': m.rp_reason_vision_confirmed,
	'vision-unconfirmed': m.rp_reason_vision_unconfirmed
};

/** The sentence of a reason code (an unknown code reads as not answered). */
export function reasonMessage(code: string): LooseMessage {
	return loose(REASON_MESSAGES[code] ?? m.rp_reason_not_answered);
}

/** A reason's placeholders in one language. */
export function reasonValues(reason: Reason, locale: Locale): Record<string, string | number> {
	const out: Record<string, string | number> = {};
	for (const [key, value] of Object.entries(reason.values ?? {})) {
		out[key] = typeof value === 'object' ? (value as Localized)[locale] : value;
	}
	return out;
}

/** The name of each kind of line. */
export const KIND_MESSAGES: Record<QuestionKind, Message> = {
	open: m.rp_qkind_open,
	control: m.rp_qkind_control,
	confirm: m.rp_qkind_confirm,
	statement: m.rp_qkind_statement,
	pitch: m.rp_qkind_pitch
};

/** The name of each topic. */
export const TOPIC_MESSAGES: Record<Topic, Message> = {
	purpose: m.rp_topic_purpose,
	strategy: m.rp_topic_strategy,
	market: m.rp_topic_market,
	customers: m.rp_topic_customers,
	initiatives: m.rp_topic_initiatives,
	priority: m.rp_topic_priority,
	owner: m.rp_topic_owner,
	'compelling-reason': m.rp_topic_compelling_reason,
	measures: m.rp_topic_measures,
	pain: m.rp_topic_pain,
	reasons: m.rp_topic_reasons,
	impact: m.rp_topic_impact,
	capabilities: m.rp_topic_capabilities,
	vision: m.rp_topic_vision,
	technology: m.rp_topic_technology,
	product: m.rp_topic_product,
	'small-talk': m.rp_topic_small_talk,
	navigation: m.rp_topic_navigation,
	'next-step': m.rp_topic_next_step
};
