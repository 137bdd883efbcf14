import type { Localized } from '../i18n/locale';
import type { DialoguePhase } from '../machines/dialogue.machine';
import type { EndingKind, Grade, InitiativeFacet } from '../scenarios/scenario.types';
import { choiceOf, feedbackFor, offeredChoices, type DialogueContext, type Mode } from './dialogue-rules';
import { rubricTotal, scoreRubric, type RubricScore } from './rubric';
import {
	annotateTranscript,
	meterChanges,
	noteOf,
	personView,
	whatYouMissed,
	type AnnotatedEntry,
	type MeterChange,
	type MissedItem,
	type PersonView
} from './transcript';

/** The least a view needs from a machine snapshot: its state value and context. */
export interface DialogueSnapshotLike {
	/** The phase. */
	value: unknown;
	/** The meeting. */
	context: DialogueContext;
}

/** A line of the conversation as the log shows it. */
export interface LogLine {
	/** A key unique in the conversation. */
	id: string;
	/** Who speaks: the customer, or the learner (null). */
	speaker: PersonView | null;
	/** What is said. */
	text: Localized;
}

/** A choice on offer. */
export interface ChoiceView {
	/** The choice's id: send it back as `{ type: 'choice.select', choice: id }`. */
	id: string;
	/** Its number key, 1 to 9, or null beyond nine. */
	key: number | null;
	/** What the learner would say. */
	text: Localized;
}

/** A meter as coach mode shows it. */
export interface MeterView {
	/** The meter's id. */
	id: string;
	/** Its name. */
	label: Localized;
	/** Its value now. */
	value: number;
	/** Lowest value. */
	min: number;
	/** Highest value. */
	max: number;
}

/** The feedback on the last choice, in coach mode. */
export interface FeedbackView {
	/** What the learner said. */
	choice: Localized;
	/** Good, fair or poor. */
	grade: Grade;
	/** Why. */
	text: Localized;
	/** How the meters moved. */
	meters: MeterChange[];
	/** Minutes it took. */
	minutes: number;
}

/** A note on the learner's notepad. */
export interface NoteView {
	/** The discovery's id. */
	id: string;
	/** The neutral fact. */
	text: Localized;
	/** The part of an initiative it records, for notes grouped by initiative. */
	facet?: InitiativeFacet;
}

/** The notepad: general facts, then facts grouped by business initiative. */
export interface NotepadView {
	/** Facts not about one initiative, in the order heard. */
	general: NoteView[];
	/** One group per initiative heard about, in the order first heard; notes in TIM order. */
	initiatives: { id: string; notes: NoteView[] }[];
}

/** The ending reached. */
export interface EndingView {
	/** The ending's id. */
	id: string;
	/** Which kind of ending. */
	kind: EndingKind;
	/** Its name. */
	title: Localized;
	/** What it means for the opportunity. */
	summary: Localized;
}

/** What the debrief shows about the meeting itself (the tasks are graded apart, with the learner's answers). */
export interface DebriefView {
	/** The rubric, by dimension. */
	rubric: RubricScore[];
	/** The share of all rubric points earned, 0 to 1. */
	total: number;
	/** Every line and choice with its tags, feedback and effects. */
	transcript: AnnotatedEntry[];
	/** Key facts missed and the questions that would have found them. */
	missed: MissedItem[];
}

/**
 * Everything a screen needs to render one moment of a role-play, as a plain serialisable object:
 * the projector's audience window receives it over BroadcastChannel and sends back choice ids.
 */
export interface DialogueView {
	/** The scenario's id. */
	scenarioId: string;
	/** The scenario's content version. */
	version: string;
	/** Briefing, meeting, ended or debrief. */
	phase: DialoguePhase;
	/** Coach or assessment mode. */
	mode: Mode;
	/** The role-play's title. */
	title: Localized;
	/** The person the learner meets. */
	customer: PersonView;
	/** Minutes used, in total and left. */
	clock: { used: number; total: number; left: number };
	/** The meters, in coach mode only. */
	meters: MeterView[] | null;
	/** Every line said so far, in order. */
	log: LogLine[];
	/** The choices on offer, in this attempt's shuffled order. */
	choices: ChoiceView[];
	/** Feedback on the last choice, in coach mode only. */
	feedback: FeedbackView | null;
	/** What the customer has said, as neutral facts. */
	notepad: NotepadView;
	/** The ending, once the meeting is over. */
	ending: EndingView | null;
	/** The debrief, once the meeting is over. */
	debrief: DebriefView | null;
	/** How many choices the learner has made. */
	step: number;
}

const FACET_ORDER: InitiativeFacet[] = ['result', 'activity', 'priority', 'owner', 'reason'];

/** The notepad of a meeting. */
export function notepadOf(context: DialogueContext): NotepadView {
	const { scenario } = context;
	const general: NoteView[] = [];
	const groups = new Map<string, { id: string; facet: InitiativeFacet }[]>();
	for (const id of context.discoveries) {
		const d = scenario.discoveries.find((x) => x.id === id);
		if (!d) continue;
		if (d.initiative && d.facet) {
			groups.set(d.initiative, [...(groups.get(d.initiative) ?? []), { id, facet: d.facet }]);
		} else {
			general.push({ id, text: d.note });
		}
	}
	return {
		general,
		initiatives: [...groups.entries()].map(([initiative, notes]) => ({
			id: initiative,
			notes: notes
				.sort((a, b) => FACET_ORDER.indexOf(a.facet) - FACET_ORDER.indexOf(b.facet))
				.map((n) => ({ id: n.id, text: noteOf(scenario, n.id), facet: n.facet }))
		}))
	};
}

function phaseOf(value: unknown): DialoguePhase {
	return value === 'meeting' || value === 'ended' || value === 'debrief' ? value : 'briefing';
}

/** The debrief part of the view: rubric, annotated transcript and what was missed. */
export function toDebriefView(context: DialogueContext): DebriefView {
	const rubric = scoreRubric(context);
	return {
		rubric,
		total: rubricTotal(rubric),
		transcript: annotateTranscript(context),
		missed: whatYouMissed(context)
	};
}

/**
 * The view of one moment of a role-play. Pure: the same snapshot always gives the same view. In
 * assessment mode it holds no meters and no feedback until the meeting is over.
 */
export function toDialogueView(snapshot: DialogueSnapshotLike): DialogueView {
	const context = snapshot.context;
	const { scenario } = context;
	const phase = phaseOf(snapshot.value);
	const coach = context.mode === 'coach';
	const over = phase === 'ended' || phase === 'debrief';
	const annotated = annotateTranscript(context);
	const log: LogLine[] = annotated.map((entry) =>
		entry.kind === 'choice'
			? { id: entry.id, speaker: null, text: entry.text }
			: { id: entry.id, speaker: entry.speaker, text: entry.text }
	);
	const last = [...context.transcript].reverse().find((e) => e.type === 'choice');
	const lastChoice = last?.type === 'choice' ? choiceOf(scenario, last.choice) : undefined;
	let feedback: FeedbackView | null = null;
	if (coach && last?.type === 'choice' && lastChoice) {
		const given = feedbackFor(lastChoice, last.reply);
		feedback = {
			choice: lastChoice.text,
			grade: given.grade,
			text: given.text,
			meters: meterChanges(scenario, last.meters),
			minutes: lastChoice.minutes
		};
	}
	const ending = scenario.endings.find((e) => e.id === context.ending);
	const choices = phase === 'meeting' ? offeredChoices(context) : [];
	return {
		scenarioId: scenario.id,
		version: scenario.version,
		phase,
		mode: context.mode,
		title: scenario.title,
		customer: personView(scenario, scenario.customer),
		clock: {
			used: Math.min(context.clock, scenario.minutes),
			total: scenario.minutes,
			left: Math.max(0, scenario.minutes - context.clock)
		},
		meters:
			coach || over
				? scenario.meters.map((m) => ({
						id: m.id,
						label: m.label,
						value: context.meters[m.id] ?? m.start,
						min: m.min,
						max: m.max
					}))
				: null,
		log,
		choices: choices.map((c, i) => ({ id: c.id, key: i < 9 ? i + 1 : null, text: c.text })),
		feedback,
		notepad: notepadOf(context),
		ending: ending ? { id: ending.id, kind: ending.kind, title: ending.title, summary: ending.summary } : null,
		debrief: over ? toDebriefView(context) : null,
		step: context.asked.length
	};
}
