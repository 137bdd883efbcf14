import { describe, expect, it } from 'vitest';
import { shuffled, subSeed } from '../../../src/lib/exercises/shuffle';

describe('shuffled', () => {
	const items = Array.from({ length: 12 }, (_, i) => `item-${i}`);

	it('returns every item exactly once', () => {
		expect([...shuffled(items, 42)].sort()).toEqual([...items].sort());
	});

	it('gives the same order for the same seed and a different order for another seed', () => {
		expect(shuffled(items, 7)).toEqual(shuffled(items, 7));
		expect(shuffled(items, 7)).not.toEqual(shuffled(items, 8));
	});

	it('does not leave a long list in its written order for most seeds', () => {
		const unchanged = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((s) => shuffled(items, s).join() === items.join());
		expect(unchanged).toEqual([]);
	});

	it('derives different seeds for different lists of one attempt', () => {
		expect(subSeed(1, 'selling')).not.toBe(subSeed(1, 'outcome'));
		expect(subSeed(1, 'selling')).toBe(subSeed(1, 'selling'));
	});
});
