import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { presenterMachine, type PresenterInput } from '$lib/machines/presenter.machine';

const slides = ['module', 'overview/intro', 'overview/steps', 'exercise'];

function presenter(input?: PresenterInput) {
	const actor = createActor(presenterMachine, { input }).start();
	return { actor, ctx: () => actor.getSnapshot().context };
}

describe('the presenter', () => {
	it('opens a deck at its first slide and shows it', () => {
		const { actor, ctx } = presenter();
		expect(actor.getSnapshot().value).toBe('idle');
		actor.send({ type: 'deck.open', deck: 'opening', slides });
		expect(actor.getSnapshot().value).toBe('presenting');
		expect(ctx().screen).toEqual({ kind: 'slide', deck: 'opening', slide: 'module' });
	});

	it('moves forward and back, and stops at the ends', () => {
		const { actor, ctx } = presenter({ deck: 'opening', slides, slide: 'module' });
		expect(actor.getSnapshot().can({ type: 'slide.previous' })).toBe(false);
		actor.send({ type: 'slide.next' });
		actor.send({ type: 'slide.next' });
		expect(ctx().slide).toBe('overview/steps');
		actor.send({ type: 'slide.last' });
		expect(actor.getSnapshot().can({ type: 'slide.next' })).toBe(false);
		actor.send({ type: 'slide.next' });
		expect(ctx().slide).toBe('exercise');
		actor.send({ type: 'slide.previous' });
		expect(ctx().screen).toEqual({ kind: 'slide', deck: 'opening', slide: 'overview/steps' });
		actor.send({ type: 'slide.first' });
		expect(ctx().slide).toBe('module');
	});

	it('goes to a slide of the deck, but not to one it does not have', () => {
		const { actor, ctx } = presenter({ deck: 'opening', slides });
		actor.send({ type: 'slide.goto', slide: 'exercise' });
		expect(ctx().slide).toBe('exercise');
		actor.send({ type: 'slide.goto', slide: 'nowhere' });
		expect(ctx().slide).toBe('exercise');
	});

	it('shows another screen without losing its place, and goes back to the slide', () => {
		const { actor, ctx } = presenter({ deck: 'opening', slides, slide: 'overview/intro' });
		actor.send({ type: 'screen.show', screen: { kind: 'timer' } });
		expect(ctx().screen).toEqual({ kind: 'timer' });
		expect(ctx().slide).toBe('overview/intro');
		actor.send({ type: 'screen.slide' });
		expect(ctx().screen).toEqual({ kind: 'slide', deck: 'opening', slide: 'overview/intro' });
		actor.send({ type: 'screen.show', screen: { kind: 'roles', teams: [] } });
		actor.send({ type: 'slide.next' });
		expect(ctx().screen).toEqual({ kind: 'slide', deck: 'opening', slide: 'overview/steps' });
	});

	it('blanks and unblanks the screen, whatever it shows', () => {
		const { actor, ctx } = presenter({ deck: 'opening', slides });
		actor.send({ type: 'blank.toggle' });
		expect(ctx().blank).toBe(true);
		actor.send({ type: 'slide.next' });
		expect(ctx().blank).toBe(true);
		actor.send({ type: 'blank.set', blank: false });
		expect(ctx().blank).toBe(false);
	});

	it('restores a saved session, and falls back to the current slide when the saved one is gone', () => {
		const restored = presenter({
			deck: 'opening',
			slides,
			slide: 'overview/steps',
			screen: { kind: 'timer' },
			blank: true
		});
		expect(restored.ctx()).toMatchObject({ slide: 'overview/steps', screen: { kind: 'timer' }, blank: true });
		const changed = presenter({
			deck: 'opening',
			slides: ['module', 'exercise'],
			slide: 'overview/steps',
			screen: { kind: 'slide', deck: 'opening', slide: 'overview/steps' }
		});
		expect(changed.ctx()).toMatchObject({ slide: 'module', screen: { kind: 'slide', slide: 'module' } });
	});
});
