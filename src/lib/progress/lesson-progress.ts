import * as v from 'valibot';
import { defineKind } from '../persistence/kind';

/** What the learner has done with one lesson. */
export interface LessonProgress {
	/** When the learner first opened the lesson. */
	firstSeenAt: string;
	/** When the learner marked it done, if they have. */
	completedAt?: string;
}

/** The lesson-progress record kind. */
export const lessonProgressKind = defineKind<LessonProgress>({
	kind: 'lessonProgress',
	version: 1,
	schema: v.object({
		firstSeenAt: v.pipe(v.string(), v.isoTimestamp()),
		completedAt: v.optional(v.pipe(v.string(), v.isoTimestamp()))
	}),
	migrations: {}
});

/** The record id of a lesson's progress. */
export function lessonProgressId(moduleId: string, lessonId: string): string {
	return `lesson:${moduleId}/${lessonId}`;
}
