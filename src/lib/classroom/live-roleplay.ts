import type { DialoguePhase } from '../machines/dialogue.machine';
import { applyChoice, beginMeeting, initialContext, isOffered, type DialogueContext } from '../roleplay/dialogue-rules';
import { toDialogueView, type DialogueView } from '../roleplay/dialogue.view';
import type { Scenario } from '../scenarios/scenario.types';
import { MAX_LIVE_CHOICES, type ScreenOf } from './screens';

// The live role-play runner: the presenter window and every audience window rebuild the meeting
// from the same small screen (scenario, seed, mode, choices) with the dialogue rules the dialogue
// machine applies, so both always show the same moment and nothing but ids crosses the channel.

/** The screen of a live role-play. */
export type LiveScreen = ScreenOf<'roleplay'>;

/** A live role-play rebuilt from its screen. */
export interface LiveRun {
	/** The meeting after the choices that could be replayed. */
	context: DialogueContext;
	/** Briefing, meeting, ended or debrief, as the dialogue machine would be. */
	phase: DialoguePhase;
	/** Everything a screen draws. */
	view: DialogueView;
	/** How many of the screen's choices were replayed. */
	replayed: number;
	/** The choice the replay stopped at, when the scenario no longer offers it there. */
	stale: string | null;
}

/** A new live role-play of a scenario, before its first choice, showing the briefing. */
export function startLive(scenario: string, mode: LiveScreen['mode'], seed: number): LiveScreen {
	return { kind: 'roleplay', scenario, seed: seed >>> 0, mode, choices: [], view: 'briefing' };
}

/**
 * Rebuilds the meeting of a live screen: starts the scenario with the screen's mode and seed and
 * replays its choices in order, stopping at the first one the scenario does not offer at that point
 * (the scenario file changed since, or the screen is not from this scenario). Pure.
 */
export function replayLive(scenario: Scenario, screen: LiveScreen): LiveRun {
	let context = initialContext({ scenario, mode: screen.mode, seed: screen.seed });
	if (screen.view === 'briefing' && screen.choices.length === 0) {
		return {
			context,
			phase: 'briefing',
			view: toDialogueView({ value: 'briefing', context }),
			replayed: 0,
			stale: null
		};
	}
	context = beginMeeting(context);
	let replayed = 0;
	let stale: string | null = null;
	for (const choice of screen.choices) {
		if (!isOffered(context, choice)) {
			stale = choice;
			break;
		}
		context = applyChoice(context, choice);
		replayed++;
	}
	const phase: DialoguePhase = context.ending === null ? 'meeting' : screen.view === 'debrief' ? 'debrief' : 'ended';
	return { context, phase, view: toDialogueView({ value: phase, context }), replayed, stale };
}

/**
 * The screen after the room chooses a choice, or undefined when the run does not offer it now
 * (the meeting is over, or it is not on offer). A debrief or briefing on view goes back to the meeting.
 */
export function chooseLive(scenario: Scenario, screen: LiveScreen, choice: string): LiveScreen | undefined {
	const run = replayLive(scenario, { ...screen, view: 'meeting' });
	if (run.stale || run.phase !== 'meeting' || !isOffered(run.context, choice)) return undefined;
	if (screen.choices.length >= MAX_LIVE_CHOICES) return undefined;
	return { ...screen, choices: [...screen.choices, choice], view: 'meeting' };
}

/** The screen with its last choice taken back, showing the meeting. Pure. */
export function undoLive(screen: LiveScreen): LiveScreen {
	return { ...screen, choices: screen.choices.slice(0, -1), view: 'meeting' };
}

/** The screen cut back to the choices that still replay, after a scenario changed. Pure. */
export function keepReplayable(scenario: Scenario, screen: LiveScreen): LiveScreen {
	const run = replayLive(scenario, { ...screen, view: 'meeting' });
	return { ...screen, choices: screen.choices.slice(0, run.replayed), view: 'meeting' };
}
