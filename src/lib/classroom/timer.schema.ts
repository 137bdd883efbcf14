import * as v from 'valibot';
import { MAX_TIMER_MINUTES } from './timer';

const Ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIMER_MINUTES * 60_000 * 2));

/** The schema of a timer state, in messages and in the saved session. */
export const TimerStateSchema = v.strictObject({
	status: v.picklist(['idle', 'running', 'paused', 'finished']),
	durationMs: Ms,
	remainingMs: Ms,
	endsAt: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))
});
