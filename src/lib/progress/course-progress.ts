import { exerciseProgressId, type ExerciseProgress } from './exercise-progress';
import { lessonProgressId, type LessonProgress } from './lesson-progress';

/** What progress functions need to know about a lesson. */
interface LessonRef {
	/** Stable id within its module. */
	id: string;
	/** Its module's id. */
	moduleId: string;
}

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
export function continueLesson<L extends LessonRef>(
	modules: readonly { lessons: readonly L[] }[],
	progress: ReadonlyMap<string, LessonProgress>
): L | undefined {
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
	const notDone = (l: L) => !progress.get(lessonProgressId(l.moduleId, l.id))?.completedAt;
	return order.slice(latest).find(notDone) ?? order.find(notDone);
}

/** Where a learner stands with a module: its lessons, its exercises and an overall status. */
export interface ModuleProgress {
	/** Lessons marked done. */
	lessonsDone: number;
	/** Lessons in the module. */
	lessonsTotal: number;
	/** Exercises checked at least once. */
	exercisesDone: number;
	/** Scored exercises in the module. */
	exercisesTotal: number;
	/** The mean of the best scores of the exercises tried, from 0 to 1; undefined before any. */
	averageBest?: number;
	/**
	 * `empty` when the module has neither lessons nor exercises (never shown as complete), `new`
	 * before anything was opened or tried, `complete` when every lesson is done and every exercise
	 * tried, `started` in between.
	 */
	status: 'empty' | 'new' | 'started' | 'complete';
}

/**
 * The progress of a module from the saved lesson and exercise records, keyed by record id, and
 * how many of its role-plays the learner has finished (which starts a module, though a module's
 * role-plays are practice beside it, not part of completing it). Pure.
 */
export function moduleProgress(
	mod: { id: string; lessons: readonly LessonRef[]; exercises: readonly { id: string }[] },
	lessons: ReadonlyMap<string, LessonProgress>,
	exercises: ReadonlyMap<string, ExerciseProgress>,
	roleplaysPlayed = 0
): ModuleProgress {
	const lessonRecords = mod.lessons.map((l) => lessons.get(lessonProgressId(l.moduleId, l.id)));
	const exerciseRecords = mod.exercises.flatMap((e) => exercises.get(exerciseProgressId(e.id)) ?? []);
	const lessonsDone = lessonRecords.filter((p) => p?.completedAt).length;
	const lessonsTotal = mod.lessons.length;
	const exercisesDone = exerciseRecords.length;
	const exercisesTotal = mod.exercises.length;
	const averageBest = exercisesDone ? exerciseRecords.reduce((sum, p) => sum + p.best, 0) / exercisesDone : undefined;
	const touched = exercisesDone > 0 || roleplaysPlayed > 0 || lessonRecords.some(Boolean);
	const status =
		lessonsTotal + exercisesTotal === 0
			? 'empty'
			: lessonsDone === lessonsTotal && exercisesDone === exercisesTotal
				? 'complete'
				: touched
					? 'started'
					: 'new';
	return { lessonsDone, lessonsTotal, exercisesDone, exercisesTotal, averageBest, status };
}
