import { tick } from 'svelte';
import { app } from '$lib/components/app.svelte';
import { playCue } from '$lib/components/sound';
import {
	roleplayAttemptId,
	roleplayAttemptKind,
	roleplayResultId,
	roleplayResultKind,
	type RoleplayAttempt,
	type RoleplayResult
} from '$lib/roleplay/attempt';
import { initialContext, type DialogueContext, type Mode } from '$lib/roleplay/dialogue-rules';
import { toDialogueView, type DialogueView } from '$lib/roleplay/dialogue.view';
import type { TaskAnswer, TaskResult } from '$lib/roleplay/tasks';
import type { DebriefTask, Scenario } from '$lib/scenarios/scenario.types';

type SessionModule = typeof import('$lib/roleplay/session');
type Actor = ReturnType<SessionModule['startActor']>;

/** What the player says about how a saved attempt came back. */
export type ResumeNotice =
	| { kind: 'resumed' }
	| { kind: 'replayed'; replayed: number; total: number }
	| { kind: 'replayed-all' }
	| { kind: 'restarted' };

/** Performance marks around a choice, read by `npm run bench`. */
export const CHOICE_MARK = 'roleplay-choice';
/** The measure from a choice to its line on screen. */
export const CHOICE_MEASURE = 'roleplay-choice-to-line';

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;

// Plain timestamps for records; nothing here needs to react to the clock.
const nowIso = () => new Date(Date.now()).toISOString();

// crypto.randomUUID exists only in secure contexts; a classroom server on a plain-HTTP address is not one.
const newId = () =>
	Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * One role-play in a page: it runs the dialogue machine (loaded on first use), exposes the current
 * view for the components, saves the attempt after every step, saves the result when the meeting
 * ends, and plays the sound cues. Components render `view` and call `choose(id)`; they never touch
 * the machine.
 */
export class RoleplaySession {
	/** The current moment, as the components render it. */
	view: DialogueView = $state.raw(undefined as unknown as DialogueView);
	/** The meeting as the machine holds it (for the debrief tasks). */
	context: DialogueContext = $state.raw(undefined as unknown as DialogueContext);
	/** How a saved attempt came back, if it did. */
	notice = $state<ResumeNotice | null>(null);
	/** True while the machine's code loads. */
	preparing = $state(false);
	/** The id of the current attempt, once one started. */
	attemptId = $state<string | null>(null);
	readonly scenario: Scenario;
	#actor: Actor | undefined;
	#startedAt = '';
	#startedMs = 0;
	#module: Promise<SessionModule> | undefined;

	constructor(scenario: Scenario) {
		this.scenario = scenario;
		this.#show({ value: 'briefing', context: initialContext({ scenario, mode: 'coach', seed: 0 }) });
	}

	#load(): Promise<SessionModule> {
		this.#module ??= import('$lib/roleplay/session');
		return this.#module;
	}

	#show(snapshot: { value: unknown; context: DialogueContext }): void {
		this.context = snapshot.context;
		this.view = toDialogueView(snapshot);
	}

	/** Brings back the attempt in progress saved for this scenario, if there is one. */
	async resume(): Promise<void> {
		const store = await app.open();
		const saved = store?.get(roleplayAttemptKind, roleplayAttemptId(this.scenario.id));
		if (!saved || this.#actor) return;
		this.preparing = true;
		const { resumeAttempt } = await this.#load();
		const outcome = resumeAttempt(saved, this.scenario);
		this.preparing = false;
		if (this.#actor) return;
		this.#startedAt = saved.startedAt;
		this.#startedMs = Date.parse(saved.startedAt);
		this.attemptId = saved.attemptId;
		if (outcome.kind === 'restart') {
			this.attemptId = newId();
			this.#startedAt = nowIso();
			this.#startedMs = Date.now();
		}
		this.notice =
			outcome.kind === 'same'
				? saved.started && saved.phase === 'meeting'
					? { kind: 'resumed' }
					: null
				: outcome.kind === 'restart'
					? { kind: 'restarted' }
					: outcome.replayed === outcome.total
						? { kind: 'replayed-all' }
						: { kind: 'replayed', replayed: outcome.replayed, total: outcome.total };
		this.#attach(outcome.actor);
		await this.#save();
	}

	/** Starts a new attempt in the given mode, with a fresh choice order, at the first line of the meeting. */
	async start(mode: Mode): Promise<void> {
		this.preparing = true;
		const { startActor } = await this.#load();
		this.preparing = false;
		this.#actor?.stop();
		this.notice = null;
		this.attemptId = newId();
		this.#startedAt = nowIso();
		this.#startedMs = Date.now();
		const actor = startActor(this.scenario, mode, randomSeed());
		actor.send({ type: 'meeting.start' });
		this.#attach(actor);
		void playCue('line');
		await this.#save();
	}

	#attach(actor: Actor): void {
		this.#actor = actor;
		this.#show(actor.getSnapshot());
	}

	/** Says a choice on offer; anything else is ignored. Measures the time until the next line is on screen. */
	async choose(choiceId: string): Promise<void> {
		const actor = this.#actor;
		if (!actor) return;
		const event = { type: 'choice.select', choice: choiceId } as const;
		if (!actor.getSnapshot().can(event)) return;
		performance.mark(CHOICE_MARK);
		actor.send(event);
		const snapshot = actor.getSnapshot();
		this.#show(snapshot);
		await tick();
		performance.measure(CHOICE_MEASURE, CHOICE_MARK);
		// Coach mode sounds the grade of the choice; assessment mode only that the customer answered.
		const grade = this.view.feedback?.grade;
		if (snapshot.value !== 'meeting') void playCue('end');
		else if (grade === 'good' || grade === 'poor') void playCue(grade);
		else void playCue('line');
		await this.#save();
	}

	/** Goes from the ending to the debrief. */
	async openDebrief(): Promise<void> {
		if (!this.#actor) return;
		this.#actor.send({ type: 'debrief.open' });
		this.#show(this.#actor.getSnapshot());
		await this.#save();
	}

	/** The saved result of this attempt, read reactively. */
	get result(): RoleplayResult | undefined {
		return this.attemptId ? app.read(roleplayResultKind, roleplayResultId(this.attemptId)) : undefined;
	}

	/** Grades a debrief task, keeps the answer with the attempt's result, and returns the grade. */
	async check(task: DebriefTask, answer: TaskAnswer): Promise<TaskResult> {
		// The graders load with the debrief, not with the meeting.
		const { gradeTask } = await import('$lib/roleplay/tasks');
		const graded = gradeTask(this.context, task, answer);
		const store = await app.start();
		const id = this.attemptId && roleplayResultId(this.attemptId);
		const result = id ? store.get(roleplayResultKind, id) : undefined;
		if (id && result) {
			await store.put(roleplayResultKind, id, {
				...result,
				tasks: {
					...result.tasks,
					[task.type]: {
						answer: JSON.parse(JSON.stringify(answer)),
						score: graded.score,
						max: graded.max,
						checkedAt: nowIso()
					}
				}
			});
		}
		return graded;
	}

	async #save(): Promise<void> {
		const actor = this.#actor;
		if (!actor || !this.attemptId) return;
		const { attemptRecord, resultRecord } = await this.#load();
		const store = await app.start();
		const base = { attemptId: this.attemptId, startedAt: this.#startedAt };
		const record: RoleplayAttempt = attemptRecord(actor, base);
		await store.put(roleplayAttemptKind, roleplayAttemptId(this.scenario.id), record);
		const snapshot = actor.getSnapshot();
		const resultId = roleplayResultId(this.attemptId);
		if (snapshot.value !== 'briefing' && snapshot.value !== 'meeting' && !store.get(roleplayResultKind, resultId)) {
			await store.put(
				roleplayResultKind,
				resultId,
				resultRecord(snapshot, base, nowIso(), Date.now() - this.#startedMs)
			);
		}
	}

	/** Stops the machine (when the page goes away). */
	stop(): void {
		this.#actor?.stop();
	}
}
