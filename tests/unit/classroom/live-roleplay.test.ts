import { describe, expect, it } from 'vitest';
import {
	chooseLive,
	keepReplayable,
	replayLive,
	startLive,
	undoLive,
	type LiveScreen
} from '../../../src/lib/classroom/live-roleplay';
import { MAX_LIVE_CHOICES, readScreen } from '../../../src/lib/classroom/screens';
import { offeredChoices } from '../../../src/lib/roleplay/dialogue-rules';
import { toDialogueView } from '../../../src/lib/roleplay/dialogue.view';
import { play, scenario } from '../roleplay/load';

const tiny = scenario('tests/fixtures/scenarios/tiny.yaml');
const real = ['scenarios/homebody/sam-tim.yaml', 'scenarios/homebody/nine-block.yaml'].map(scenario);

const live = (choices: string[], extra: Partial<LiveScreen> = {}): LiveScreen => ({
	kind: 'roleplay',
	scenario: 'tiny',
	seed: 1,
	mode: 'coach',
	choices,
	...extra
});

/** A small deterministic random number generator, so that the walks are the same on every run. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 0x100000000;
	};
}

describe('replaying a live role-play', () => {
	it('shows the briefing before the first choice, and the opening line once the meeting starts', () => {
		const briefing = replayLive(tiny, startLive('tiny', 'coach', 1));
		expect(briefing.phase).toBe('briefing');
		expect(briefing.view.log).toEqual([]);
		expect(briefing.view.choices).toEqual([]);
		const meeting = replayLive(tiny, live([]));
		expect(meeting.phase).toBe('meeting');
		expect(meeting.view.log).toHaveLength(1);
		expect(meeting.view.choices.length).toBeGreaterThan(0);
	});

	it('gives the same view as the dialogue machine after the same choices', () => {
		for (const mode of ['coach', 'assessment'] as const) {
			const choices = ['ask-a', 'side'];
			const expected = toDialogueView(play(tiny, choices, mode, 7).getSnapshot());
			const run = replayLive(tiny, live(choices, { mode, seed: 7 }));
			expect(run.stale).toBeNull();
			expect(run.replayed).toBe(2);
			expect(run.view).toEqual(expected);
		}
	});

	it('matches the machine at every step of random walks through the real role-plays', () => {
		for (const s of real) {
			for (let walk = 0; walk < 8; walk++) {
				const next = random(walk + 1);
				const seed = walk * 977;
				const mode = walk % 2 ? 'assessment' : 'coach';
				let screen: LiveScreen = { kind: 'roleplay', scenario: s.id, seed, mode, choices: [] };
				for (let step = 0; step < 60; step++) {
					const run = replayLive(s, screen);
					expect(run.view).toEqual(toDialogueView(play(s, screen.choices, mode, seed).getSnapshot()));
					if (run.phase !== 'meeting') break;
					const offered = offeredChoices(run.context);
					const pick = offered[Math.floor(next() * offered.length)]!;
					screen = chooseLive(s, screen, pick.id)!;
					expect(screen.choices.at(-1)).toBe(pick.id);
				}
				const ended = replayLive(s, screen);
				expect(ended.phase).toBe('ended');
				expect(ended.view.ending).not.toBeNull();
				const debrief = replayLive(s, { ...screen, view: 'debrief' });
				expect(debrief.phase).toBe('debrief');
				expect(debrief.view.debrief?.rubric.length).toBeGreaterThan(0);
			}
		}
	});

	it('keeps the same shuffled order for the same seed, in every window', () => {
		const a = replayLive(real[0]!, { ...live([]), scenario: real[0]!.id, seed: 42 });
		const b = replayLive(real[0]!, JSON.parse(JSON.stringify({ ...live([]), scenario: real[0]!.id, seed: 42 })));
		expect(b.view.choices.map((c) => c.id)).toEqual(a.view.choices.map((c) => c.id));
	});

	it('stops at a choice the scenario no longer offers and says which, keeping the meeting before it', () => {
		const run = replayLive(tiny, live(['ask-a', 'gone-choice', 'side']));
		expect(run.stale).toBe('gone-choice');
		expect(run.replayed).toBe(1);
		expect(run.phase).toBe('meeting');
		expect(run.view).toEqual(toDialogueView(play(tiny, ['ask-a']).getSnapshot()));
		expect(keepReplayable(tiny, live(['ask-a', 'gone-choice', 'side'])).choices).toEqual(['ask-a']);
	});

	it('treats a choice made twice that may not be repeated as stale', () => {
		const run = replayLive(tiny, live(['ask-a', 'ask-a']));
		expect(run.stale).toBe('ask-a');
		expect(run.replayed).toBe(1);
	});
});

describe('changing a live role-play', () => {
	it('adds an offered choice and refuses one that is not on offer', () => {
		expect(chooseLive(tiny, live([]), 'ask-a')).toMatchObject({ choices: ['ask-a'], view: 'meeting' });
		expect(chooseLive(tiny, live([]), 'no-such-choice')).toBeUndefined();
		expect(chooseLive(tiny, live(['ask-a']), 'ask-a')).toBeUndefined();
	});

	it('refuses choices once the meeting is over', () => {
		const ended = live(['ask-a', 'ask-b', 'close']);
		expect(replayLive(tiny, ended).phase).toBe('ended');
		expect(chooseLive(tiny, ended, 'ask-a')).toBeUndefined();
	});

	it('takes back the last choice, and the debrief goes back to the meeting', () => {
		const ended = live(['ask-a', 'ask-b', 'close'], { view: 'debrief' });
		const undone = undoLive(ended);
		expect(undone).toMatchObject({ choices: ['ask-a', 'ask-b'], view: 'meeting' });
		expect(replayLive(tiny, undone).phase).toBe('meeting');
		expect(undoLive(live([])).choices).toEqual([]);
	});
});

describe('the live role-play screen message', () => {
	it('accepts a valid screen and survives a trip through JSON', () => {
		const screen = live(['ask-a'], { view: 'debrief', mode: 'assessment', seed: 0xffffffff });
		expect(readScreen(JSON.parse(JSON.stringify(screen)))).toEqual(screen);
		expect(readScreen(startLive('homebody-sam-tim', 'coach', -1))).toMatchObject({ seed: 0xffffffff });
	});

	it('rejects screens that are not small and well-formed', () => {
		expect(readScreen(live([], { seed: 1.5 }))).toBeUndefined();
		expect(readScreen(live([], { seed: -3 }))).toBeUndefined();
		expect(readScreen({ ...live([]), mode: 'exam' })).toBeUndefined();
		expect(readScreen({ ...live([]), view: 'ended' })).toBeUndefined();
		expect(readScreen({ ...live([]), scenario: '../x' })).toBeUndefined();
		expect(readScreen(live(['Not An Id']))).toBeUndefined();
		expect(readScreen(live(Array.from({ length: MAX_LIVE_CHOICES + 1 }, () => 'a')))).toBeUndefined();
		expect(readScreen({ ...live([]), transcript: [] })).toBeUndefined();
	});
});
