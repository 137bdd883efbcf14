import type { CourseModule, LessonMeta } from '../content/course.types';
import { lessonProgressId, type LessonProgress } from './lesson-progress';

/** Where a learner stands with one lesson. */
export type LessonStatus = 'new' | 'seen' | 'done';

/** The status of a lesson from its saved progress. */
export function lessonStatus(progress: LessonProgress | undefined): LessonStatus {
	return progress?.completedAt ? 'done' : progress ? 'seen' : 'new';
}

/**
 * The lesson to offer under "continue where you left off": the first lesson in course order that
 * is not done, after the most recently opened one; undefined when nothing was opened yet.
 */
export function continueLesson(
	modules: readonly CourseModule[],
	progress: ReadonlyMap<string, LessonProgress>
): LessonMeta | undefined {
	const order = modules.flatMap((mod) => mod.lessons);
	let latest = -1;
	let latestAt = '';
	order.forEach((lesson, i) => {
		const p = progress.get(lessonProgressId(lesson.moduleId, lesson.id));
		const at = p?.completedAt ?? p?.firstSeenAt ?? '';
		if (at && at >= latestAt) {
			latest = i;
			latestAt = at;
		}
	});
	if (latest < 0) return undefined;
	const notDone = (l: LessonMeta) => !progress.get(lessonProgressId(l.moduleId, l.id))?.completedAt;
	return order.slice(latest).find(notDone) ?? order.find(notDone);
}
