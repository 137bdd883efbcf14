import * as v from 'valibot';
import { defineKind } from '../persistence/kind';
import type { LessonProgress } from './lesson-progress';

/** The lesson-progress record kind with its rules; pages name it by `lessonProgressKind`. */
export const lessonProgressRecordKind = defineKind<LessonProgress>({
	kind: 'lessonProgress',
	version: 1,
	schema: v.object({
		firstSeenAt: v.pipe(v.string(), v.isoTimestamp()),
		completedAt: v.optional(v.pipe(v.string(), v.isoTimestamp()))
	}),
	migrations: {}
});
