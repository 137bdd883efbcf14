import type { NineBlockCell } from '../method/nine-block';
import { holds, type ConditionState } from '../scenarios/conditions';
import type { Choice, Feedback, Grade, ReplyVariant, Scenario, ScenarioNode } from '../scenarios/scenario.types';

/** Coach mode shows feedback and meters at once; assessment mode keeps both for the debrief. */
export type Mode = 'coach' | 'assessment';

/** What starts a meeting: the scenario, the mode and the seed of the choice order. */
export interface DialogueInput {
	/** The role-play to run. */
	scenario: Scenario;
	/** Coach or assessment mode. */
	mode: Mode;
	/** Seed of this attempt's choice order; the same seed gives the same order. */
	seed: number;
}

/** One entry of the transcript; texts are looked up in the scenario by id. */
export type TranscriptEntry =
	| {
			/** The customer speaks a node's line on arrival. */
			type: 'line';
			/** The node. */
			node: string;
			/** The line variant's id. */
			line: string;
			/** Minutes used at that moment. */
			clock: number;
	  }
	| {
			/** The learner made a choice and the customer answered. */
			type: 'choice';
			/** The choice's id. */
			choice: string;
			/** The node it was made at. */
			node: string;
			/** Minutes used before it. */
			clock: number;
			/** The reply variant's id, or null when the next node's line answered. */
			reply: string | null;
			/** How each meter actually changed (after keeping it within bounds). */
			meters: Record<string, number>;
			/** Discoveries it revealed for the first time. */
			revealed: string[];
			/** Rubric points it earned. */
			points: Record<string, number>;
			/** The grade of its feedback. */
			grade: Grade;
	  }
	| {
			/** The meeting ended. */
			type: 'ending';
			/** The ending's id. */
			ending: string;
			/** Minutes used at the end. */
			clock: number;
	  };

/** Everything a meeting holds while it runs. */
export interface DialogueContext extends ConditionState {
	/** The role-play being run. */
	scenario: Scenario;
	/** Coach or assessment mode. */
	mode: Mode;
	/** Seed of this attempt's choice order. */
	seed: number;
	/** The node the conversation is at. */
	node: string;
	/** Meter values by id. */
	meters: Record<string, number>;
	/** Minutes used. */
	clock: number;
	/** Discoveries made, in the order they were made. */
	discoveries: string[];
	/** Choices chosen, in order. */
	asked: string[];
	/** 9-block cells of the questions asked, in order. */
	cells: NineBlockCell[];
	/** Rubric points by dimension, as earned so far (before keeping them within 0 to max). */
	points: Record<string, number>;
	/** What was said, in order. */
	transcript: TranscriptEntry[];
	/** The ending reached, or null while the meeting goes on. */
	ending: string | null;
}

const indexes = new WeakMap<Scenario, { nodes: Map<string, ScenarioNode>; choices: Map<string, Choice> }>();

function index(scenario: Scenario) {
	let found = indexes.get(scenario);
	if (!found) {
		found = {
			nodes: new Map(scenario.nodes.map((n) => [n.id, n])),
			choices: new Map(scenario.nodes.flatMap((n) => n.choices.map((c) => [c.id, c] as const)))
		};
		indexes.set(scenario, found);
	}
	return found;
}

/** The node with the given id. */
export function nodeOf(scenario: Scenario, id: string): ScenarioNode | undefined {
	return index(scenario).nodes.get(id);
}

/** The choice with the given id, wherever it is. */
export function choiceOf(scenario: Scenario, id: string): Choice | undefined {
	return index(scenario).choices.get(id);
}

/** The 9-block cell of a choice: its column and the row its question kind gives; none for statements and pitches. */
export function cellOf(choice: Pick<Choice, 'column' | 'kind'>): NineBlockCell | undefined {
	const row = choice.kind === 'open' ? 1 : choice.kind === 'control' ? 2 : choice.kind === 'confirm' ? 3 : undefined;
	return choice.column && row ? (`${choice.column}${row}` as NineBlockCell) : undefined;
}

/** A 32-bit FNV-1a hash of a text. */
function hash32(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/**
 * The position key of a choice in an attempt: choices are shown sorted by it, so the order depends
 * on the seed and never on where the author wrote them, and a choice keeps its place among the
 * others when some disappear or new ones open.
 */
export function orderKey(seed: number, choiceId: string): number {
	return hash32(`${seed}:${choiceId}`);
}

/** The meeting before the learner's first word. */
export function initialContext(input: DialogueInput): DialogueContext {
	const { scenario } = input;
	return {
		scenario,
		mode: input.mode,
		seed: input.seed,
		node: scenario.start,
		meters: Object.fromEntries(scenario.meters.map((m) => [m.id, m.start])),
		clock: 0,
		discoveries: [],
		asked: [],
		cells: [],
		points: {},
		transcript: [],
		ending: null
	};
}

function lineEntry(context: DialogueContext, nodeId: string): TranscriptEntry {
	const node = nodeOf(context.scenario, nodeId)!;
	const line = node.lines.find((l) => holds(l.if, context)) ?? node.lines[node.lines.length - 1]!;
	return { type: 'line', node: nodeId, line: line.id, clock: context.clock };
}

/** The meeting as it opens: the customer's first line. */
export function beginMeeting(context: DialogueContext): DialogueContext {
	return { ...context, transcript: [lineEntry(context, context.node)] };
}

/** The choices on offer now, in this attempt's order. */
export function offeredChoices(context: DialogueContext): Choice[] {
	if (context.ending) return [];
	const node = nodeOf(context.scenario, context.node);
	if (!node) return [];
	return node.choices
		.filter((c) => (c.repeat || !context.asked.includes(c.id)) && holds(c.if, context))
		.sort((a, b) => orderKey(context.seed, a.id) - orderKey(context.seed, b.id));
}

/** True when the choice is on offer now. */
export function isOffered(context: DialogueContext, choiceId: string): boolean {
	return offeredChoices(context).some((c) => c.id === choiceId);
}

/** The reply a choice gets in a given state: the first variant whose condition holds. */
export function replyFor(choice: Choice, state: ConditionState): ReplyVariant | undefined {
	return choice.replies.find((r) => holds(r.if, state));
}

/** The feedback a transcript's choice entry earned: its reply's, if it has its own, else the choice's. */
export function feedbackFor(choice: Choice, replyId: string | null): Feedback {
	return choice.replies.find((r) => r.id === replyId)?.feedback ?? choice.feedback;
}

/**
 * The meeting after a choice. Reply conditions look at the meeting as it stood before the choice;
 * endings look at it after the choice's effects. The clock moves by the choice's minutes; meters
 * stay within their bounds; a choice's own ending comes first, then the scenario's end rules, then
 * the clock running out.
 */
export function applyChoice(context: DialogueContext, choiceId: string): DialogueContext {
	const { scenario } = context;
	const choice = choiceOf(scenario, choiceId);
	if (!choice || !isOffered(context, choiceId)) return context;
	const reply = replyFor(choice, context);
	const feedback = reply?.feedback ?? choice.feedback;
	const meters = { ...context.meters };
	const changed: Record<string, number> = {};
	const points = { ...context.points };
	const earned: Record<string, number> = {};
	const discoveries = [...context.discoveries];
	const revealed: string[] = [];
	for (const effects of [choice.effects, reply?.effects]) {
		if (!effects) continue;
		for (const [id, delta] of Object.entries(effects.meters)) {
			const meter = scenario.meters.find((m) => m.id === id)!;
			const before = meters[id]!;
			meters[id] = Math.min(meter.max, Math.max(meter.min, before + delta));
			changed[id] = (changed[id] ?? 0) + meters[id]! - before;
		}
		for (const id of effects.reveal) {
			if (!discoveries.includes(id)) {
				discoveries.push(id);
				revealed.push(id);
			}
		}
		for (const [id, value] of Object.entries(effects.points)) {
			points[id] = (points[id] ?? 0) + value;
			earned[id] = (earned[id] ?? 0) + value;
		}
	}
	const cell = cellOf(choice);
	const next: DialogueContext = {
		...context,
		meters,
		points,
		discoveries,
		asked: [...context.asked, choice.id],
		cells: cell ? [...context.cells, cell] : context.cells,
		clock: context.clock + choice.minutes,
		transcript: [
			...context.transcript,
			{
				type: 'choice',
				choice: choice.id,
				node: context.node,
				clock: context.clock,
				reply: reply?.id ?? null,
				meters: changed,
				revealed,
				points: earned,
				grade: feedback.grade
			}
		]
	};
	const ending =
		choice.end.find((e) => holds(e.if, next))?.ending ??
		scenario.endWhen.find((rule) => holds(rule.if, next))?.ending ??
		(next.clock >= scenario.minutes ? scenario.timeUp : undefined);
	if (ending) {
		const closing = scenario.endings.find((e) => e.id === ending)!;
		for (const [id, value] of Object.entries(closing.points)) next.points[id] = (next.points[id] ?? 0) + value;
		return {
			...next,
			ending,
			transcript: [...next.transcript, { type: 'ending', ending, clock: next.clock }]
		};
	}
	if (choice.next !== context.node) {
		next.node = choice.next;
		if (!reply) next.transcript = [...next.transcript, lineEntry(next, choice.next)];
	}
	return next;
}
