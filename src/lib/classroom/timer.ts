/** The longest exercise timer, in minutes. */
export const MAX_TIMER_MINUTES = 180;
/** A finish older than this (a timer that ran out while the presenter was closed) is not chimed. */
export const CHIME_GRACE_MS = 5_000;

/** What an exercise timer is doing. */
export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished';

/** An exercise timer as the presenter saves it and the audience draws it. */
export interface TimerState {
	/** What it is doing. */
	status: TimerStatus;
	/** The time it was set to, in milliseconds. */
	durationMs: number;
	/** The time left when it is not running, in milliseconds. */
	remainingMs: number;
	/** When it runs out (epoch milliseconds), while it runs. */
	endsAt: number | null;
}

/** A timer set to ten minutes, not started. */
export const DEFAULT_TIMER: TimerState = {
	status: 'idle',
	durationMs: 10 * 60_000,
	remainingMs: 10 * 60_000,
	endsAt: null
};

/** The time left at a moment, in milliseconds. Pure. */
export function timeLeft(timer: TimerState, now: number): number {
	if (timer.status === 'finished') return 0;
	if (timer.status === 'running' && timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
	return timer.remainingMs;
}

/** A duration as a clock: `m:ss`, or `h:mm:ss` from an hour; rounded up so that 0:00 means over. Pure. */
export function formatClock(ms: number): string {
	const total = Math.ceil(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
