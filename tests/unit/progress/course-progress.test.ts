import { describe, expect, it } from 'vitest';
import type { CourseModule } from '../../../src/lib/content/course.types';
import { continueLesson, lessonStatus, moduleProgress } from '../../../src/lib/progress/course-progress';
import type { LessonProgress } from '../../../src/lib/progress/lesson-progress';
import { recordCheck, type ExerciseProgress } from '../../../src/lib/progress/exercise-progress';

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

describe('moduleProgress', () => {
	const at = '2026-01-01T00:00:00.000Z';
	const withExercises = { ...mod('a', ['one', 'two']), exercises: [{ id: 'x' }, { id: 'y' }] };
	const check = (best: number): ExerciseProgress => ({ best, last: best, attempts: 1, answer: null, checkedAt: at });

	it('never calls a module without lessons or exercises complete', () => {
		expect(moduleProgress(mod('empty', []), new Map(), new Map())).toMatchObject({ status: 'empty', lessonsTotal: 0 });
	});

	it('is started, not complete, once one of its role-plays is finished', () => {
		expect(moduleProgress(withExercises, new Map(), new Map(), 1).status).toBe('started');
		expect(moduleProgress(withExercises, new Map(), new Map(), 0).status).toBe('new');
	});

	it('is new before anything was opened or tried', () => {
		expect(moduleProgress(withExercises, new Map(), new Map())).toEqual({
			lessonsDone: 0,
			lessonsTotal: 2,
			exercisesDone: 0,
			exercisesTotal: 2,
			averageBest: undefined,
			status: 'new'
		});
	});

	it('is started once a lesson is opened, and counts tried exercises with their average best score', () => {
		const lessons = new Map<string, LessonProgress>([['lesson:a/one', { firstSeenAt: at, completedAt: at }]]);
		const exercises = new Map([['exercise:x', check(0.5)]]);
		expect(moduleProgress(withExercises, lessons, exercises)).toMatchObject({
			lessonsDone: 1,
			exercisesDone: 1,
			averageBest: 0.5,
			status: 'started'
		});
		expect(moduleProgress(withExercises, new Map([['lesson:a/two', { firstSeenAt: at }]]), new Map()).status).toBe(
			'started'
		);
	});

	it('is complete when every lesson is done and every exercise tried', () => {
		const done = { firstSeenAt: at, completedAt: at };
		const lessons = new Map<string, LessonProgress>([
			['lesson:a/one', done],
			['lesson:a/two', done]
		]);
		const exercises = new Map([
			['exercise:x', check(1)],
			['exercise:y', check(0.5)]
		]);
		expect(moduleProgress(withExercises, lessons, exercises)).toMatchObject({ status: 'complete', averageBest: 0.75 });
		expect(moduleProgress(withExercises, lessons, new Map([['exercise:x', check(1)]])).status).toBe('started');
	});
});
