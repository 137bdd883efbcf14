import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { formatClock, timeLeft, type TimerState } from '$lib/classroom/timer';
import { timerMachine, timerStateOf } from '$lib/machines/timer.machine';

const MIN = 60_000;

function timer(input?: Partial<TimerState>) {
	const announce = vi.fn();
	const actor = createActor(timerMachine.provide({ actions: { announceFinish: announce } }), { input }).start();
	return { actor, announce, state: () => timerStateOf(actor.getSnapshot()) };
}

describe('the exercise timer', () => {
	it('counts down from the minutes set, pauses and resumes where it stopped', () => {
		const { actor, state } = timer();
		actor.send({ type: 'timer.set', minutes: 15 });
		expect(state()).toEqual({ status: 'idle', durationMs: 15 * MIN, remainingMs: 15 * MIN, endsAt: null });
		actor.send({ type: 'timer.start', now: 1_000 });
		expect(state()).toMatchObject({ status: 'running', endsAt: 1_000 + 15 * MIN });
		actor.send({ type: 'timer.pause', now: 1_000 + 5 * MIN });
		expect(state()).toMatchObject({ status: 'paused', remainingMs: 10 * MIN, endsAt: null });
		actor.send({ type: 'timer.toggle', now: 100 * MIN });
		expect(state()).toMatchObject({ status: 'running', endsAt: 110 * MIN });
	});

	it('adds a minute while running, paused or idle', () => {
		const { actor, state } = timer();
		actor.send({ type: 'timer.set', minutes: 5 });
		actor.send({ type: 'timer.add', minutes: 1, now: 0 });
		expect(state().remainingMs).toBe(6 * MIN);
		actor.send({ type: 'timer.start', now: 0 });
		actor.send({ type: 'timer.add', minutes: 1, now: MIN });
		expect(state()).toMatchObject({ status: 'running', endsAt: 7 * MIN, durationMs: 7 * MIN });
	});

	it('finishes when the time is up and announces it once, with chime and flash', () => {
		const { actor, state, announce } = timer();
		actor.send({ type: 'timer.set', minutes: 1 });
		actor.send({ type: 'timer.start', now: 0 });
		actor.send({ type: 'timer.tick', now: 59_000 });
		expect(state().status).toBe('running');
		actor.send({ type: 'timer.tick', now: 60_200 });
		expect(state()).toMatchObject({ status: 'finished', remainingMs: 0 });
		actor.send({ type: 'timer.tick', now: 61_000 });
		expect(announce).toHaveBeenCalledTimes(1);
	});

	it('does not chime for a timer that ran out while the presenter was closed', () => {
		const { actor, state, announce } = timer({ status: 'running', durationMs: MIN, remainingMs: MIN, endsAt: 60_000 });
		expect(state().status).toBe('running');
		actor.send({ type: 'timer.tick', now: 10 * MIN });
		expect(state().status).toBe('finished');
		expect(announce).not.toHaveBeenCalled();
	});

	it('comes back from a saved state as it was: running, paused or finished', () => {
		expect(timer({ status: 'paused', durationMs: 10 * MIN, remainingMs: 4 * MIN, endsAt: null }).state()).toEqual({
			status: 'paused',
			durationMs: 10 * MIN,
			remainingMs: 4 * MIN,
			endsAt: null
		});
		expect(timer({ status: 'finished', durationMs: 10 * MIN, remainingMs: 0, endsAt: null }).state().status).toBe(
			'finished'
		);
		expect(timer().state()).toMatchObject({ status: 'idle', durationMs: 10 * MIN });
	});

	it('adds a minute after it finished and runs again; reset goes back to the setting', () => {
		const { actor, state } = timer({ status: 'finished', durationMs: 10 * MIN, remainingMs: 0, endsAt: null });
		actor.send({ type: 'timer.add', minutes: 1, now: 5_000 });
		expect(state()).toMatchObject({ status: 'running', endsAt: 5_000 + MIN });
		actor.send({ type: 'timer.reset' });
		expect(state()).toEqual({ status: 'idle', durationMs: 10 * MIN, remainingMs: 10 * MIN, endsAt: null });
	});

	it('keeps the minutes between 1 and 180', () => {
		const { actor, state } = timer();
		actor.send({ type: 'timer.set', minutes: 0 });
		expect(state().durationMs).toBe(MIN);
		actor.send({ type: 'timer.set', minutes: 999 });
		expect(state().durationMs).toBe(180 * MIN);
	});

	it('cannot pause a timer that is not running', () => {
		const { actor } = timer();
		expect(actor.getSnapshot().can({ type: 'timer.pause', now: 0 })).toBe(false);
		expect(actor.getSnapshot().can({ type: 'timer.start', now: 0 })).toBe(true);
	});
});

describe('timer display', () => {
	it('shows the time left at a moment, and nothing once finished', () => {
		const running: TimerState = { status: 'running', durationMs: 10 * MIN, remainingMs: 10 * MIN, endsAt: 100_000 };
		expect(timeLeft(running, 40_000)).toBe(60_000);
		expect(timeLeft(running, 200_000)).toBe(0);
		expect(timeLeft({ ...running, status: 'paused', endsAt: null, remainingMs: 1234 }, 0)).toBe(1234);
		expect(timeLeft({ ...running, status: 'finished' }, 0)).toBe(0);
	});

	it('formats as m:ss, rounding up so that 0:00 means time is up', () => {
		expect(formatClock(600_000)).toBe('10:00');
		expect(formatClock(59_001)).toBe('1:00');
		expect(formatClock(1)).toBe('0:01');
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(3_725_000)).toBe('1:02:05');
	});
});
