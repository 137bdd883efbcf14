import { describe, expect, it } from 'vitest';
import type { CourseModule } from '../../../src/lib/content/course.types';
import { continueLesson, lessonStatus } from '../../../src/lib/progress/course-progress';
import type { LessonProgress } from '../../../src/lib/progress/lesson-progress';
import { recordCheck } from '../../../src/lib/progress/exercise-progress';

const t = { en: 't', zh: 't' };
const mod = (id: string, lessons: string[]): CourseModule => ({
	id,
	number: 0,
	day: 1,
	slot: 'morning',
	title: t,
	summary: t,
	lessons: lessons.map((l, i) => ({ id: l, moduleId: id, order: i + 1, minutes: 5, title: t, summary: t })),
	keyTerms: [],
	exercises: [],
	hasInstructorNotes: false
});
const modules = [mod('a', ['one', 'two']), mod('b', ['three'])];

describe('continueLesson', () => {
	it('offers nothing before any lesson was opened', () => {
		expect(continueLesson(modules, new Map())).toBeUndefined();
	});

	it('offers the most recently opened lesson while it is not done', () => {
		const progress = new Map<string, LessonProgress>([
			['lesson:a/one', { firstSeenAt: '2026-01-01T00:00:00.000Z' }],
			['lesson:b/three', { firstSeenAt: '2026-01-02T00:00:00.000Z' }]
		]);
		expect(continueLesson(modules, progress)?.id).toBe('three');
	});

	it('offers the next lesson not done after the latest one finished', () => {
		const progress = new Map<string, LessonProgress>([
			['lesson:a/one', { firstSeenAt: '2026-01-01T00:00:00.000Z', completedAt: '2026-01-01T01:00:00.000Z' }]
		]);
		expect(continueLesson(modules, progress)?.id).toBe('two');
	});

	it('goes back to an earlier lesson left undone when everything after is done', () => {
		const done = { firstSeenAt: '2026-01-01T00:00:00.000Z', completedAt: '2026-01-03T00:00:00.000Z' };
		const progress = new Map<string, LessonProgress>([
			['lesson:a/one', { firstSeenAt: '2026-01-01T00:00:00.000Z' }],
			['lesson:a/two', done],
			['lesson:b/three', done]
		]);
		expect(continueLesson(modules, progress)?.id).toBe('one');
	});
});

describe('lessonStatus', () => {
	it('tells new, opened and done lessons apart', () => {
		expect(lessonStatus(undefined)).toBe('new');
		expect(lessonStatus({ firstSeenAt: '2026-01-01T00:00:00.000Z' })).toBe('seen');
		expect(lessonStatus({ firstSeenAt: '2026-01-01T00:00:00.000Z', completedAt: '2026-01-01T00:00:00.000Z' })).toBe(
			'done'
		);
	});
});

describe('recordCheck', () => {
	it('keeps the best score across retries and counts attempts', () => {
		const first = recordCheck(undefined, 0.8, { a: 1 }, '2026-01-01T00:00:00.000Z');
		const second = recordCheck(first, 0.5, { a: 2 }, '2026-01-02T00:00:00.000Z');
		expect(second).toEqual({
			best: 0.8,
			last: 0.5,
			attempts: 2,
			answer: { a: 2 },
			checkedAt: '2026-01-02T00:00:00.000Z'
		});
		expect(recordCheck(second, 1, {}, '2026-01-03T00:00:00.000Z').best).toBe(1);
	});
});
