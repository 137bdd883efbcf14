import { createActor, type Actor, type Snapshot, type SnapshotFrom } from 'xstate';
import { dialogueMachine, type DialoguePhase } from '../machines/dialogue.machine';
import type { Scenario } from '../scenarios/scenario.types';
import type { RoleplayAttempt, RoleplayResult } from './attempt';
import { choiceOf, nodeOf, type DialogueContext, type Mode } from './dialogue-rules';
import { scoreRubric, rubricTotal } from './rubric';

/** A running dialogue actor. */
export type DialogueActor = Actor<typeof dialogueMachine>;
/** A snapshot of the dialogue machine. */
export type DialogueSnapshot = SnapshotFrom<typeof dialogueMachine>;

/** Starts a new attempt's actor, in the briefing. */
export function startActor(scenario: Scenario, mode: Mode, seed: number): DialogueActor {
	return createActor(dialogueMachine, { input: { scenario, mode, seed } }).start();
}

/** The phase of a snapshot. */
export function phaseOf(snapshot: DialogueSnapshot): DialoguePhase {
	return snapshot.value as DialoguePhase;
}

/**
 * The actor's persisted snapshot with the scenario replaced by its id and version: the page has
 * the scenario already, and a saved copy would only go stale.
 */
export function persistableSnapshot(actor: DialogueActor): unknown {
	const saved = actor.getPersistedSnapshot() as Snapshot<unknown> & { context: DialogueContext };
	const { scenario, ...rest } = saved.context;
	return { ...saved, context: { ...rest, scenario: { id: scenario.id, version: scenario.version } } };
}

/** The attempt record for an actor's current state. */
export function attemptRecord(
	actor: DialogueActor,
	base: Pick<RoleplayAttempt, 'attemptId' | 'startedAt'>
): RoleplayAttempt {
	const snapshot = actor.getSnapshot();
	const cx = snapshot.context;
	return {
		attemptId: base.attemptId,
		scenarioId: cx.scenario.id,
		version: cx.scenario.version,
		mode: cx.mode,
		seed: cx.seed,
		startedAt: base.startedAt,
		started: phaseOf(snapshot) !== 'briefing',
		choices: [...cx.asked],
		phase: phaseOf(snapshot),
		snapshot: persistableSnapshot(actor)
	};
}

/** The result record of an attempt whose meeting has ended. */
export function resultRecord(
	snapshot: DialogueSnapshot,
	attempt: Pick<RoleplayAttempt, 'attemptId' | 'startedAt'>,
	finishedAt: string,
	durationMs: number
): RoleplayResult {
	const cx = snapshot.context;
	const ending = cx.scenario.endings.find((e) => e.id === cx.ending)!;
	const rubric = scoreRubric(cx);
	return {
		attemptId: attempt.attemptId,
		scenarioId: cx.scenario.id,
		scenarioTitle: cx.scenario.title,
		version: cx.scenario.version,
		mode: cx.mode,
		seed: cx.seed,
		ending: ending.id,
		endingKind: ending.kind,
		endingTitle: ending.title,
		rubric: rubric.map((r) => ({ id: r.id, label: r.label, score: r.score, max: r.max })),
		total: rubricTotal(rubric),
		startedAt: attempt.startedAt,
		finishedAt,
		durationMs: Math.max(0, durationMs),
		meetingMinutes: Math.min(cx.clock, cx.scenario.minutes),
		choices: [...cx.asked],
		transcript: structuredClone(cx.transcript),
		tasks: {}
	};
}

/** True when every node and choice a restored context refers to exists in the scenario. */
function consistent(cx: DialogueContext, scenario: Scenario): boolean {
	return (
		!!nodeOf(scenario, cx.node) &&
		cx.asked.every((id) => !!choiceOf(scenario, id)) &&
		cx.discoveries.every((id) => scenario.discoveries.some((d) => d.id === id)) &&
		(cx.ending === null || scenario.endings.some((e) => e.id === cx.ending))
	);
}

/** How a saved attempt came back. */
export type ResumeOutcome =
	| { /** Exactly where it was. */ kind: 'same'; actor: DialogueActor }
	| {
			/** The scenario changed: its choices were replayed up to the last one that still exists. */
			kind: 'replayed';
			actor: DialogueActor;
			/** How many choices were replayed. */
			replayed: number;
			/** How many the attempt had. */
			total: number;
	  }
	| { /** Nothing of it could be used: a new attempt in the same mode. */ kind: 'restart'; actor: DialogueActor };

/** Replays an attempt's choices on a fresh actor, stopping at the first one no longer on offer. */
export function replayChoices(
	scenario: Scenario,
	attempt: Pick<RoleplayAttempt, 'mode' | 'seed' | 'started' | 'choices' | 'phase'>
): { actor: DialogueActor; replayed: number } {
	const actor = startActor(scenario, attempt.mode, attempt.seed);
	if (!attempt.started) return { actor, replayed: 0 };
	actor.send({ type: 'meeting.start' });
	let replayed = 0;
	for (const choice of attempt.choices) {
		const event = { type: 'choice.select', choice } as const;
		if (!actor.getSnapshot().can(event)) break;
		actor.send(event);
		replayed++;
	}
	if (attempt.phase === 'debrief' && phaseOf(actor.getSnapshot()) === 'ended') actor.send({ type: 'debrief.open' });
	return { actor, replayed };
}

/**
 * Brings a saved attempt back. The same scenario version restores the saved snapshot; XState
 * restores a snapshot it cannot match as `status: 'error'` without throwing, so that status, and
 * any id the scenario no longer has, falls back to replaying the choices. A changed scenario
 * replays the choices up to the last one that still exists (a safe point); when none can be
 * replayed, the attempt restarts.
 */
export function resumeAttempt(saved: RoleplayAttempt, scenario: Scenario): ResumeOutcome {
	if (saved.version === scenario.version && saved.snapshot && typeof saved.snapshot === 'object') {
		try {
			const raw = saved.snapshot as { context?: object };
			const snapshot = { ...raw, context: { ...raw.context, scenario } } as unknown as Snapshot<unknown>;
			const actor = createActor(dialogueMachine, {
				snapshot,
				input: { scenario, mode: saved.mode, seed: saved.seed }
			});
			// Without an error listener XState rethrows the restore error later, outside this function.
			actor.subscribe({ error: () => undefined });
			actor.start();
			const restored = actor.getSnapshot();
			if (restored.status !== 'error' && consistent(restored.context, scenario)) return { kind: 'same', actor };
			actor.stop();
		} catch {
			// A snapshot that does not even parse falls through to a replay, like one that restores as an error.
		}
	}
	const { actor, replayed } = replayChoices(scenario, saved);
	if (saved.started && replayed === 0 && saved.choices.length > 0) {
		actor.stop();
		return { kind: 'restart', actor: startActor(scenario, saved.mode, saved.seed) };
	}
	if (!saved.started || (saved.version === scenario.version && replayed === saved.choices.length)) {
		return { kind: 'same', actor };
	}
	return { kind: 'replayed', actor, replayed, total: saved.choices.length };
}
