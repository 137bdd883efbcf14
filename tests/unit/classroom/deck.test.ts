import { describe, expect, it } from 'vitest';
import { buildDeck, deckSummaries } from '$lib/classroom/deck';
import { loadCourse } from '$lib/content/course-loader.server';
import { readTree } from '../../../scripts/content-files';

const fixture = (() => {
	const base = readTree(new URL('../../fixtures/content-ok', import.meta.url).pathname, '.');
	return loadCourse(new Map([...base].map(([path, text]) => [`content/${path.replace(/^\.\//, '')}`, text]))).course;
})();
const real = loadCourse(readTree(new URL('../../..', import.meta.url).pathname, 'content')).course;

describe('decks', () => {
	it('frames the lessons with the module slide and the team exercise', () => {
		const deck = buildDeck(fixture, 'opening')!;
		expect(deck.slides.map((s) => s.id)).toEqual(['module', 'first/intro', 'first/steps', 'exercise']);
		const intro = deck.slides[1]!;
		expect(intro.kind === 'section' && intro.summary).toEqual(fixture.lessons.get('opening/first')!.summary);
		const exercise = deck.slides.at(-1)!;
		expect(exercise.kind === 'exercise' && exercise.exercise.minutes).toBe(20);
		expect(deck.instructorNotes?.en.length).toBeGreaterThan(0);
	});

	it('keeps both languages of each section side by side, with its notes', () => {
		const steps = buildDeck(fixture, 'opening')!.slides[2]!;
		expect(steps.kind).toBe('section');
		if (steps.kind !== 'section') return;
		expect(steps.title.en).not.toBe('');
		expect(steps.title.zh).not.toBe('');
		expect(steps.blocks.en.length).toBe(steps.blocks.zh.length);
	});

	it('is built for every module of the real course, with a slide per lesson section', () => {
		for (const module of real.modules) {
			const deck = buildDeck(real, module.id)!;
			const sections = module.lessons.reduce(
				(n, l) => n + real.lessons.get(`${module.id}/${l.id}`)!.body.en.filter((s) => s.id !== 'intro').length + 1,
				0
			);
			expect(deck.slides.length, module.id).toBe(1 + sections + (module.teamExercise ? 1 : 0));
			expect(new Set(deck.slides.map((s) => s.id)).size).toBe(deck.slides.length);
			for (const s of deck.slides) expect(s.id).toMatch(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/);
		}
		expect(deckSummaries(real).map((d) => d.id)).toEqual(real.modules.map((m) => m.id));
		expect(buildDeck(real, 'nope')).toBeUndefined();
	});

	it('presents the written SSM overview lesson', () => {
		const deck = buildDeck(real, 'opening')!;
		expect(deck.slides.map((s) => s.id)).toContain('ssm-overview/seven-steps');
	});
});
