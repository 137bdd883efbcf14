import { SvelteMap } from 'svelte/reactivity';
import type { LiveScreen } from '$lib/classroom/live-roleplay';

/**
 * The last live run of each scenario in this window, so that a role-play the projector left (to
 * show slides or the timer) can be put back where the room was. The run on the projector is also
 * saved with the presenter session and restored after a reload.
 */
export const liveRuns = new SvelteMap<string, LiveScreen>();
