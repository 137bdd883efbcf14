import { kindRef } from '../persistence/kind';

/** What the learner has done with one lesson. */
export interface LessonProgress {
	/** When the learner first opened the lesson. */
	firstSeenAt: string;
	/** When the learner marked it done, if they have. */
	completedAt?: string;
}

/** The lesson-progress record kind. */
export const lessonProgressKind = kindRef<LessonProgress>('lessonProgress', () =>
	import('./lesson-progress.schema').then((m) => m.lessonProgressRecordKind)
);

/** The record id of a lesson's progress. */
export function lessonProgressId(moduleId: string, lessonId: string): string {
	return `lesson:${moduleId}/${lessonId}`;
}
