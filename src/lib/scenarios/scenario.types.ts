import type { Localized } from '../i18n/locale';
import type { NineBlockCell, NineBlockColumn } from '../method/nine-block';
import type { SamQuadrantId } from '../method/sam';

/** How a learner's line is built, as the course teaches it: three kinds of question, a statement or a pitch. */
export type QuestionKind = 'open' | 'control' | 'confirm' | 'statement' | 'pitch';

/** How well a choice serves the meeting, as its feedback judges it. */
export type Grade = 'good' | 'fair' | 'poor';

/** How a meeting ended: the customer ended it, time ran out, or the learner closed with or without a next step. */
export type EndingKind = 'customer-ends' | 'time-up' | 'closed-no-step' | 'closed-next-step';

/** What a choice is about, for the annotated transcript and the rubric. */
export type Topic = (typeof TOPICS)[number];

/** Every topic a choice can carry. */
export const TOPICS = [
	'purpose',
	'strategy',
	'market',
	'customers',
	'initiatives',
	'priority',
	'owner',
	'compelling-reason',
	'measures',
	'pain',
	'reasons',
	'impact',
	'capabilities',
	'vision',
	'technology',
	'product',
	'small-talk',
	'navigation',
	'next-step'
] as const;

/**
 * A condition on a choice, a line, a reply or an ending, written as data. Lists mean "all of them";
 * `all`, `any` and `not` combine conditions.
 */
export type Condition =
	| { /** Every listed discovery has been made. */ discovered: string[] }
	| { /** None of the listed discoveries has been made. */ notDiscovered: string[] }
	| { /** Every listed choice has been chosen. */ asked: string[] }
	| { /** None of the listed choices has been chosen. */ notAsked: string[] }
	| { /** At least `atLeast` of the listed discoveries have been made. */ count: { of: string[]; atLeast: number } }
	| {
			/** The meter's id. */ meter: string;
			/** The meter is at or above this value. */ atLeast?: number;
			/** The meter is at or below this value. */ atMost?: number;
	  }
	| { /** Minutes used in the meeting. */ clock: { atLeast?: number; atMost?: number } }
	| { /** A question of this 9-block cell has been asked. */ cell: NineBlockCell }
	| { /** Every condition holds. */ all: Condition[] }
	| { /** At least one condition holds. */ any: Condition[] }
	| { /** The condition does not hold. */ not: Condition };

/** Changes a choice or a reply makes. */
export interface Effects {
	/** Change per meter id (added, then kept within the meter's bounds). */
	meters: Record<string, number>;
	/** Discoveries the customer reveals. */
	reveal: string[];
	/** Rubric points per dimension id (may be negative). */
	points: Record<string, number>;
}

/** Why a choice is good or poor, shown at once in coach mode and in the debrief in assessment mode. */
export interface Feedback {
	/** Good, fair or poor. */
	grade: Grade;
	/** The explanation, in terms of the method. */
	text: Localized;
}

/** A text spoken by the customer, under a condition; the first variant whose condition holds is used. */
export interface LineVariant {
	/** Stable id, unique within its list. */
	id: string;
	/** When this variant applies; the last variant of a list has none. */
	if?: Condition;
	/** What the customer says. */
	text: Localized;
}

/** The customer's answer to a choice, under a condition, with what it adds to the choice's own effects. */
export interface ReplyVariant extends LineVariant {
	/** Effects added to the choice's effects when this reply is given. */
	effects: Effects;
	/** Feedback that replaces the choice's feedback when this reply is given (say, a good question asked too early). */
	feedback?: Feedback;
}

/** An ending a choice leads to, under a condition; the first whose condition holds is used. */
export interface EndVariant {
	/** When this ending applies; the last variant of a list has none. */
	if?: Condition;
	/** The ending's id. */
	ending: string;
}

/** Something the learner can say. */
export interface Choice {
	/** Stable id, unique in the scenario. */
	id: string;
	/** What the learner says. */
	text: Localized;
	/** Open, control or confirm question, statement, or pitch. */
	kind: QuestionKind;
	/** The 9-block column of a question, when the scenario uses the 9-block model. */
	column?: NineBlockColumn;
	/** What the choice is about. */
	topic: Topic;
	/** Meeting minutes the exchange takes; at least 1, so that every meeting ends. */
	minutes: number;
	/** Offered only when this holds. */
	if?: Condition;
	/** Stays on offer after it was chosen (navigation, wrapping up); other choices disappear once chosen. */
	repeat: boolean;
	/** What choosing it changes. */
	effects: Effects;
	/** Why it is good or poor. */
	feedback: Feedback;
	/** The customer's answer; empty when the next node's line answers instead. */
	replies: ReplyVariant[];
	/** The node the conversation moves to (the current node when it stays). */
	next: string;
	/** Endings this choice leads to; empty when the meeting goes on. */
	end: EndVariant[];
}

/** A moment of the conversation: what the customer says on arrival and what the learner may say. */
export interface ScenarioNode {
	/** Stable id, unique in the scenario. */
	id: string;
	/** Who speaks this node's lines and replies (a person of the case). */
	speaker: string;
	/** What the speaker says on arrival, first matching variant. */
	lines: LineVariant[];
	/** What the learner may say here. */
	choices: Choice[];
}

/** A gauge of how the meeting goes, such as the customer's trust or patience. */
export interface Meter {
	/** Stable id, e.g. `trust`. */
	id: string;
	/** Its name. */
	label: Localized;
	/** Its value when the meeting starts. */
	start: number;
	/** Lowest value. */
	min: number;
	/** Highest value. */
	max: number;
}

/** A rule that ends the meeting when a condition holds after a choice. */
export interface EndRule {
	/** When the meeting ends. */
	if: Condition;
	/** The ending it leads to. */
	ending: string;
}

/** A way the meeting can end. */
export interface Ending {
	/** Stable id. */
	id: string;
	/** Which of the four kinds of ending it is. */
	kind: EndingKind;
	/** Its name in the debrief. */
	title: Localized;
	/** What the customer says last. */
	line: Localized;
	/** What it means for the opportunity, in the debrief. */
	summary: Localized;
	/** Rubric points it adds. */
	points: Record<string, number>;
}

/** How a rubric dimension is scored. */
export type RubricSource =
	| { /** Sum of the points choices, replies and the ending award, kept within 0 to `max`. */ kind: 'points' }
	| { /** Share of the listed discoveries made. */ kind: 'coverage'; of: string[] }
	| {
			/** Share of the minutes used that went to choices graded good; a meeting that ran out of time scores half. */
			kind: 'time';
	  }
	| {
			/** Share of the steps of a 9-block order that the questions followed. */
			kind: 'order';
			order: 'creation' | 'reengineering';
	  };

/** A dimension of the debrief's rubric. */
export type RubricDimension = RubricSource & {
	/** Stable id. */
	id: string;
	/** Its name. */
	label: Localized;
	/** What it measures. */
	description: Localized;
	/** Points for a perfect score. */
	max: number;
};

/** A fact the customer can reveal; it goes on the learner's notepad. */
export interface Discovery {
	/** Stable id, unique in the scenario. */
	id: string;
	/** The neutral fact as written on the notepad. */
	note: Localized;
	/** The case initiative it is about, if any. */
	initiative?: string;
	/** Which part of that initiative it reveals. */
	facet?: InitiativeFacet;
	/** The case pain reason it reveals, if any. */
	painReason?: string;
	/** The case person whose pain it reveals, if any. */
	person?: string;
}

/** A part of a business initiative the TIM table records. */
export type InitiativeFacet = 'result' | 'activity' | 'priority' | 'owner' | 'reason';

/** An option the learner may pick in a debrief task that is not in the answer key. */
export interface Distractor {
	/** Stable id, unique in its task. */
	id: string;
	/** Its text. */
	text: Localized;
}

/** A debrief task: the learner fills a template of the course from the meeting, graded against the case. */
export type DebriefTask =
	| { /** Place the company on the SAM grid: where it is and where it is heading. */ type: 'sam' }
	| {
			/** The TIM table: each initiative as result BY activity, with focus, priority and compelling reason. */
			type: 'tim';
			/** Planned activities nobody mentioned. */
			activityDistractors: Distractor[];
			/** Compelling reasons nobody gave. */
			reasonDistractors: Distractor[];
	  }
	| {
			/** The 9-block sheet of the questions asked, cell by cell, against an order. */
			type: 'nine-block';
			/** The order the questions should follow. */
			order: 'creation' | 'reengineering';
	  }
	| {
			/** The pain chain around the customer. */
			type: 'pain-chain';
			/** Reasons the customer never gave. */
			reasonDistractors: Distractor[];
	  }
	| {
			/** The vision statement: a capability for each reason, and who else gains. */
			type: 'vision';
			/** Which capability answers which reason. */
			pairs: { reason: string; capability: string }[];
			/** Things that are not capabilities the customer can picture (products, features). */
			capabilityDistractors: Distractor[];
			/** The discovery made when the customer confirms the vision. */
			confirmedBy: string;
			/** The people beyond the customer whose pains the vision relieves. */
			impact: string[];
	  };

/** A person of the case as a scenario shows them. */
export interface CastMember {
	/** The person's id in the case. */
	id: string;
	/** Full name, the same in every language. */
	name: string;
	/** Full title. */
	title: Localized;
	/** Short title. */
	short: Localized;
}

/** What the debrief graders need from the case's answer keys; only the parts its tasks use travel with a scenario. */
export interface AnswerKey {
	/** The case's initiatives, in priority order (for the TIM task). */
	initiatives?: {
		id: string;
		focus: 'revenue' | 'cost';
		priority: number;
		owner: string;
		result: Localized;
		activity: Localized;
		compellingReason: Localized;
	}[];
	/** Where the company stands on the SAM grid and where it is heading (for the SAM task). */
	sam?: {
		current: SamQuadrantId;
		heading: SamQuadrantId;
		headingPartial: SamQuadrantId[];
		explanation: { current: Localized; heading: Localized };
	};
	/** The pain chain: each person's pain and its reasons (for the pain-chain and vision tasks). */
	pains?: { person: string; pain: Localized; reasons: { id: string; text: Localized; leadsTo?: string }[] }[];
}

/** A role-play, validated and resolved against its case: everything the player and the debrief need. */
export interface Scenario {
	/** Stable id; the last part of `/roleplay/<id>`. */
	id: string;
	/** The case it belongs to. */
	caseId: string;
	/** A hash of the content: saved attempts of another version are resumed with care. */
	version: string;
	/** The course module it belongs to. */
	module: string;
	/** Its title. */
	title: Localized;
	/** One or two sentences on what it trains. */
	summary: Localized;
	/** Who the learner plays. */
	learnerRole: Localized;
	/** The person the learner meets. */
	customer: string;
	/** The case people it mentions, by id. */
	cast: Record<string, CastMember>;
	/** Meeting length in minutes; when the clock reaches it, the meeting ends. */
	minutes: number;
	/** The briefing shown before the meeting. */
	briefing: { situation: Localized; objectives: { id: string; text: Localized }[] };
	/** Gauges such as trust and patience. */
	meters: Meter[];
	/** Rules that end the meeting when a condition holds after a choice. */
	endWhen: EndRule[];
	/** The ending used when time runs out. */
	timeUp: string;
	/** The rubric of the debrief. */
	rubric: RubricDimension[];
	/** Facts the customer can reveal. */
	discoveries: Discovery[];
	/** Ways the meeting can end. */
	endings: Ending[];
	/** The node the meeting starts at. */
	start: string;
	/** Every node. */
	nodes: ScenarioNode[];
	/** The tasks of the debrief. */
	tasks: DebriefTask[];
	/** The parts of the case's answer keys the tasks grade against. */
	answerKey: AnswerKey;
}

/** What `getScenarios()` says about a published role-play, for the case page and the course map. */
export interface ScenarioSummary {
	/** The scenario's id. */
	id: string;
	/** Its case. */
	caseId: string;
	/** The course module it belongs to. */
	module: string;
	/** Its title. */
	title: Localized;
	/** What it trains. */
	summary: Localized;
	/** The person the learner meets. */
	customer: CastMember;
	/** Meeting length in minutes. */
	minutes: number;
	/** Its address. */
	href: string;
}
