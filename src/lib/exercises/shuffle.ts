/** A small seeded random generator (mulberry32): the same seed gives the same sequence. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A copy of the list in an order that depends only on the seed (Fisher–Yates). Each attempt draws
 * a new seed, so the position of an item cannot be memorised; the same seed redraws the same order.
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const next = random(seed);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** A seed derived from an attempt seed and a name, so that each list of one attempt is shuffled differently. */
export function subSeed(seed: number, name: string): number {
	let h = seed ^ 0x9e3779b9;
	for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** A fresh seed for a new attempt. */
export function newSeed(): number {
	return Math.floor(Math.random() * 2 ** 32);
}

/** Choices in this attempt's order, lettered A, B, C … so that they can be named briefly. */
export function lettered<T extends { symbol?: string }>(options: readonly T[], seed: number): T[] {
	return shuffled(options, seed).map((o, i) => ({ ...o, symbol: String.fromCharCode(65 + i) }));
}
