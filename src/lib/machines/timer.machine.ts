import { assign, setup } from 'xstate';
import {
	CHIME_GRACE_MS,
	DEFAULT_TIMER,
	MAX_TIMER_MINUTES,
	type TimerState,
	type TimerStatus
} from '../classroom/timer';

/** The timer's context: its setting, the time left while stopped, and when it ends while running. */
export type TimerContext = Omit<TimerState, 'status'>;

/** Events the exercise timer takes; times come in the events so that the machine stays pure. */
export type TimerEvent =
	| { type: 'timer.set'; minutes: number }
	| { type: 'timer.start'; now: number }
	| { type: 'timer.pause'; now: number }
	| { type: 'timer.toggle'; now: number }
	| { type: 'timer.add'; minutes: number; now: number }
	| { type: 'timer.reset' }
	| { type: 'timer.tick'; now: number };

const MINUTE = 60_000;
const MAX_MS = MAX_TIMER_MINUTES * MINUTE;
const clampMinutes = (minutes: number) => Math.min(MAX_TIMER_MINUTES, Math.max(1, Math.round(minutes)));

/**
 * The exercise timer: set minutes, start, pause, add a minute, reset. The presenter window sends
 * `timer.tick` with the time; when the time is up the timer finishes and, if it ended just now
 * (not while the window was closed), runs `announceFinish` (the chime and flash, provided by the UI).
 */
export const timerMachine = setup({
	types: {
		context: {} as TimerContext,
		events: {} as TimerEvent,
		input: {} as Partial<TimerState> | undefined
	},
	guards: {
		isOver: ({ context, event }) =>
			event.type === 'timer.tick' && context.endsAt !== null && event.now >= context.endsAt,
		endedJustNow: ({ context, event }) =>
			event.type === 'timer.tick' &&
			context.endsAt !== null &&
			event.now >= context.endsAt &&
			event.now - context.endsAt < CHIME_GRACE_MS,
		wasRunning: ({ context }) => context.endsAt !== null,
		wasPaused: ({ context }) => context.remainingMs > 0 && context.remainingMs < context.durationMs,
		wasFinished: ({ context }) => context.remainingMs === 0
	},
	actions: {
		setDuration: assign(({ event }) => {
			if (event.type !== 'timer.set') return {};
			const ms = clampMinutes(event.minutes) * MINUTE;
			return { durationMs: ms, remainingMs: ms, endsAt: null };
		}),
		startCountdown: assign(({ context, event }) => ('now' in event ? { endsAt: event.now + context.remainingMs } : {})),
		restartCountdown: assign(({ context, event }) =>
			'now' in event ? { remainingMs: context.durationMs, endsAt: event.now + context.durationMs } : {}
		),
		holdCountdown: assign(({ context, event }) =>
			'now' in event && context.endsAt !== null
				? { remainingMs: Math.max(0, context.endsAt - event.now), endsAt: null }
				: {}
		),
		addWhileStopped: assign(({ context, event }) => {
			if (event.type !== 'timer.add') return {};
			const add = Math.round(event.minutes) * MINUTE;
			return {
				durationMs: Math.min(MAX_MS, context.durationMs + add),
				remainingMs: Math.min(MAX_MS, context.remainingMs + add)
			};
		}),
		addWhileRunning: assign(({ context, event }) => {
			if (event.type !== 'timer.add' || context.endsAt === null) return {};
			const add = Math.round(event.minutes) * MINUTE;
			return { durationMs: Math.min(MAX_MS, context.durationMs + add), endsAt: context.endsAt + add };
		}),
		addAfterFinish: assign(({ event }) => {
			if (event.type !== 'timer.add') return {};
			const add = Math.round(event.minutes) * MINUTE;
			return { remainingMs: add, endsAt: event.now + add };
		}),
		resetCountdown: assign(({ context }) => ({ remainingMs: context.durationMs, endsAt: null })),
		markFinished: assign({ remainingMs: 0, endsAt: null }),
		announceFinish: () => {
			// Provided by the presenter window: chime through howler and flash the screens.
		}
	}
}).createMachine({
	id: 'timer',
	context: ({ input }) => ({
		durationMs: input?.durationMs ?? DEFAULT_TIMER.durationMs,
		remainingMs: input?.remainingMs ?? input?.durationMs ?? DEFAULT_TIMER.remainingMs,
		endsAt: input?.status === 'running' ? (input.endsAt ?? null) : null
	}),
	initial: 'restoring',
	states: {
		// Picks up a saved timer in the state it was saved in: running has an end time, paused has
		// time used, finished has none left. (A timer paused at its very first second comes back
		// idle, which shows the same.)
		restoring: {
			always: [
				{ target: 'running', guard: 'wasRunning' },
				{ target: 'paused', guard: 'wasPaused' },
				{ target: 'finished', guard: 'wasFinished' },
				{ target: 'idle' }
			]
		},
		idle: {
			on: {
				'timer.set': { actions: 'setDuration' },
				'timer.start': { target: 'running', actions: 'startCountdown' },
				'timer.toggle': { target: 'running', actions: 'startCountdown' },
				'timer.add': { actions: 'addWhileStopped' }
			}
		},
		running: {
			on: {
				'timer.pause': { target: 'paused', actions: 'holdCountdown' },
				'timer.toggle': { target: 'paused', actions: 'holdCountdown' },
				'timer.add': { actions: 'addWhileRunning' },
				'timer.reset': { target: 'idle', actions: 'resetCountdown' },
				'timer.set': { target: 'idle', actions: 'setDuration' },
				'timer.tick': [
					{ target: 'finished', guard: 'endedJustNow', actions: ['markFinished', 'announceFinish'] },
					{ target: 'finished', guard: 'isOver', actions: 'markFinished' }
				]
			}
		},
		paused: {
			on: {
				'timer.start': { target: 'running', actions: 'startCountdown' },
				'timer.toggle': { target: 'running', actions: 'startCountdown' },
				'timer.add': { actions: 'addWhileStopped' },
				'timer.reset': { target: 'idle', actions: 'resetCountdown' },
				'timer.set': { target: 'idle', actions: 'setDuration' }
			}
		},
		finished: {
			on: {
				'timer.start': { target: 'running', actions: 'restartCountdown' },
				'timer.toggle': { target: 'running', actions: 'restartCountdown' },
				'timer.add': { target: 'running', actions: 'addAfterFinish' },
				'timer.reset': { target: 'idle', actions: 'resetCountdown' },
				'timer.set': { target: 'idle', actions: 'setDuration' }
			}
		}
	}
});

/** The timer's state as saved and sent to the audience, from a snapshot of the machine. */
export function timerStateOf(snapshot: { value: unknown; context: TimerContext }): TimerState {
	const status = (snapshot.value === 'restoring' ? 'idle' : snapshot.value) as TimerStatus;
	return { status, ...snapshot.context };
}
