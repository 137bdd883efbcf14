import type { Localized } from '../i18n/locale';
import type { DialoguePhase } from '../machines/dialogue.machine';
import type { EndingKind } from '../scenarios/scenario.types';
import type { Mode, TranscriptEntry } from './dialogue-rules';

/** A role-play in progress (or in its debrief): enough to bring it back after a reload. */
export interface RoleplayAttempt {
	/** This attempt's id; its result record is `roleplay-result:<attemptId>`. */
	attemptId: string;
	/** The scenario played. */
	scenarioId: string;
	/** The scenario's content version when the attempt started. */
	version: string;
	/** Coach or assessment mode. */
	mode: Mode;
	/** Seed of the choice order. */
	seed: number;
	/** When the attempt started. */
	startedAt: string;
	/** Whether the meeting has started (the briefing is over). */
	started: boolean;
	/** Every choice made, in order: the attempt can be replayed from these alone. */
	choices: string[];
	/** The phase the attempt is in. */
	phase: DialoguePhase;
	/** The machine's persisted snapshot, without the scenario (which the page already has). */
	snapshot: unknown;
}

/** The record id of a scenario's attempt in progress. */
export function roleplayAttemptId(scenarioId: string): string {
	return `roleplay:${scenarioId}`;
}

/** A debrief task's latest answer and grade. */
export interface TaskRecord {
	/** The learner's answer, in the task's own shape. */
	answer: unknown;
	/** Points earned. */
	score: number;
	/** Points available. */
	max: number;
	/** When the learner last checked it. */
	checkedAt: string;
}

/** A finished role-play: what the progress page and the course map show, and the transcript. */
export interface RoleplayResult {
	/** The attempt's id. */
	attemptId: string;
	/** The scenario played. */
	scenarioId: string;
	/** The scenario's title, so that the progress page can show it without loading the scenario. */
	scenarioTitle: Localized;
	/** The scenario's content version. */
	version: string;
	/** Coach or assessment mode. */
	mode: Mode;
	/** Seed of the choice order. */
	seed: number;
	/** The ending reached. */
	ending: string;
	/** Its kind. */
	endingKind: EndingKind;
	/** Its title. */
	endingTitle: Localized;
	/** The rubric scores, by dimension. */
	rubric: { id: string; label: Localized; score: number; max: number }[];
	/** The share of all rubric points earned, 0 to 1. */
	total: number;
	/** When the attempt started. */
	startedAt: string;
	/** When the meeting ended. */
	finishedAt: string;
	/** Real time from start to end, in milliseconds. */
	durationMs: number;
	/** Meeting minutes used. */
	meetingMinutes: number;
	/** Every choice made, in order. */
	choices: string[];
	/** The transcript, as ids. */
	transcript: TranscriptEntry[];
	/** The debrief tasks checked so far, by task type. */
	tasks: Record<string, TaskRecord>;
}

/** The record id of a finished attempt. */
export function roleplayResultId(attemptId: string): string {
	return `roleplay-result:${attemptId}`;
}

/** The best finished attempt of a scenario: the highest rubric total, the earlier one on a tie. */
export function bestPerScenario(results: readonly RoleplayResult[]): Map<string, RoleplayResult> {
	const best = new Map<string, RoleplayResult>();
	for (const r of results) {
		const current = best.get(r.scenarioId);
		if (!current || r.total > current.total || (r.total === current.total && r.finishedAt < current.finishedAt)) {
			best.set(r.scenarioId, r);
		}
	}
	return best;
}

// The kinds' references live in the registry, so that the store every page loads does not carry
// this module.
export { roleplayAttemptKind, roleplayResultKind } from '../persistence/registry';
