import { untrack } from 'svelte';
import type { LiveScreen } from '$lib/classroom/live-roleplay';

// Runs are kept as they are (raw state, not deep proxies), since they go to the projector window
// as messages; and not in a SvelteMap, whose module would otherwise join the chunk that exercise
// pages share for `MediaQuery`.
class LiveRuns {
	#runs = $state.raw<Readonly<Record<string, LiveScreen>>>({});

	/** The last run of a scenario in this window. */
	get(scenario: string): LiveScreen | undefined {
		return this.#runs[scenario];
	}

	/** Keeps a scenario's run (without depending on the runs, when an effect calls it). */
	set(scenario: string, run: LiveScreen): void {
		this.#runs = { ...untrack(() => this.#runs), [scenario]: run };
	}
}

/**
 * The last live run of each scenario in this window, so that a role-play the projector left (to
 * show slides or the timer) can be put back where the room was. The run on the projector is also
 * saved with the presenter session and restored after a reload.
 */
export const liveRuns = new LiveRuns();
