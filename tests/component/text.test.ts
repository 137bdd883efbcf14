import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages';
import L from '$lib/components/L.svelte';
import T from '$lib/components/T.svelte';

describe('T', () => {
	it('renders a message in both languages, each marked with its language', () => {
		const { container } = render(T, { m: m.course_lessons_done as never, values: { done: 1, total: 3 } });
		expect(container.querySelector('[data-l="en"]')?.textContent).toBe('1 of 3 lessons done');
		expect(container.querySelector('[data-l="zh"]')?.textContent).toBe('已完成 1/3 课');
	});

	it('takes placeholders per language, for numbers and dates', () => {
		const { container } = render(T, {
			// The generic component cannot infer its message type through render().
			m: m.course_day as never,
			values: (locale: 'en' | 'zh') => ({ day: locale === 'en' ? 'one' : '一' })
		});
		expect(container.textContent).toBe('Day one第 一 天');
	});
});

describe('L', () => {
	it('renders a content text in both languages', () => {
		const { container } = render(L, { text: { en: 'Won', zh: '赢' } });
		expect([...container.querySelectorAll('[data-l]')].map((e) => [e.getAttribute('data-l'), e.textContent])).toEqual([
			['en', 'Won'],
			['zh', '赢']
		]);
	});
});
