import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TimerDisplay from '$lib/components/present/TimerDisplay.svelte';
import SlideView from '$lib/components/present/SlideView.svelte';
import type { Deck } from '$lib/classroom/deck';

const en = (el: Element) =>
	[...el.querySelectorAll('[data-l="en"]')].map((e) => e.textContent).join(' ') || el.textContent;

describe('TimerDisplay', () => {
	it('shows the time left and the state in words, not only by colour', () => {
		const { container } = render(TimerDisplay, {
			timer: { status: 'paused', durationMs: 600_000, remainingMs: 125_000, endsAt: null }
		});
		expect(container.querySelector('.clock')?.textContent).toBe('2:05');
		expect(en(container.querySelector('.status')!)).toBe('paused');
	});

	it('says when time is up', () => {
		const { container } = render(TimerDisplay, {
			timer: { status: 'finished', durationMs: 60_000, remainingMs: 0, endsAt: null }
		});
		expect(container.querySelector('.clock')?.textContent).toBe('0:00');
		expect(en(container.querySelector('.status')!)).toBe('Time is up');
	});
});

const deck: Deck = {
	id: 'understand',
	number: 1,
	day: 1,
	slot: 'morning',
	title: { en: 'Stage 1', zh: '第 1 阶段' },
	summary: { en: 'Know the business.', zh: '了解业务。' },
	slides: [
		{
			id: 'module',
			kind: 'module',
			lessons: [{ id: 'pain', title: { en: 'The pain chain', zh: '疼痛链' }, minutes: 20 }],
			exercise: { en: 'Your pain chain', zh: '你们的疼痛链' }
		},
		{
			id: 'exercise',
			kind: 'exercise',
			exercise: {
				id: 'chain',
				minutes: 25,
				boards: ['pain-chain', 'initiatives'],
				title: { en: 'Your pain chain', zh: '你们的疼痛链' },
				instructionsHtml: { en: '<p>Four people at least.</p>', zh: '<p>至少四个人。</p>' }
			}
		}
	]
};

describe('SlideView', () => {
	it('opens a module with its number, title and agenda', () => {
		const { container } = render(SlideView, { deck, slide: deck.slides[0]! });
		expect(en(container.querySelector('.kicker')!)).toBe('Module 1');
		expect(container.querySelector('h2')?.querySelector('[data-l="en"]')?.textContent).toBe('Stage 1');
		expect(container.querySelectorAll('.agenda li')).toHaveLength(2);
	});

	it('shows a team exercise with its time and the boards to fill, at the heading level asked for', () => {
		const { container } = render(SlideView, { deck, slide: deck.slides[1]!, level: 3 });
		expect(container.querySelector('h3')).not.toBeNull();
		expect(container.querySelector('.kicker')?.textContent).toContain('25 min');
		expect([...container.querySelectorAll('.boards strong [data-l="en"]')].map((e) => e.textContent)).toEqual([
			'Pain chain',
			'Business initiatives (TIM)'
		]);
		expect(container.querySelector('[data-l="zh"] p')?.textContent).toBe('至少四个人。');
	});
});
