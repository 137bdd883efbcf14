import type { Howl } from 'howler';
import { app } from './app.svelte';

/** The sound cues of the product; each is `static/audio/<cue>.mp3`. */
export type Cue = 'line' | 'good' | 'poor' | 'end' | 'chime';

const loaded = new Map<Cue, Promise<Howl>>();

async function load(cue: Cue): Promise<Howl> {
	const { Howl } = await import('howler');
	return new Howl({ src: [`/audio/${cue}.mp3`], preload: true });
}

/**
 * Plays a cue when sound is on in Settings (off until the learner turns it on). Howler and the
 * file load on first use, so pages that never play a sound never download them.
 */
export async function playCue(cue: Cue): Promise<void> {
	if (!app.settings.sound) return;
	let howl = loaded.get(cue);
	if (!howl) {
		howl = load(cue);
		loaded.set(cue, howl);
	}
	try {
		(await howl).play();
	} catch {
		// A sound that cannot play (no audio device, blocked autoplay) is never worth an error.
	}
}
