import { formatIssues, loadCourse } from '../content/course-loader.server';
import type { Course, CourseModule } from '../content/course.types';

const raw = import.meta.glob('/content/**/*.{md,yaml}', { query: '?raw', import: 'default', eager: true });

let cached: Course | undefined;

/**
 * The course, loaded once per build from `content/`. Any content problem stops the build with
 * every issue listed by file and field.
 */
export function getCourse(): Course {
	if (cached) return cached;
	const files = new Map(Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), String(text)]));
	const { course, issues } = loadCourse(files);
	if (issues.length) throw new Error(`content has ${issues.length} problem(s):\n${formatIssues(issues)}`);
	cached = course;
	return course;
}

/** The modules and lesson summaries, without lesson bodies: what the course map and navigation need. */
export function getOutline(): CourseModule[] {
	return getCourse().modules;
}

/** A lesson with its module and its neighbours in course order, or undefined when it does not exist. */
export function getLessonPage(moduleId: string, lessonId: string) {
	const course = getCourse();
	const lesson = course.lessons.get(`${moduleId}/${lessonId}`);
	const module = course.modules.find((mod) => mod.id === moduleId);
	if (!lesson || !module) return undefined;
	const order = course.modules.flatMap((mod) => mod.lessons);
	const index = order.findIndex((l) => l.moduleId === moduleId && l.id === lessonId);
	const { lessons: _lessons, ...moduleMeta } = module;
	return { module: moduleMeta, lesson, previous: order[index - 1], next: order[index + 1] };
}
