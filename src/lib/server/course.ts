import { formatIssues, loadCourse } from '../content/course-loader.server';
import type { Course, CourseModule, LessonMeta } from '../content/course.types';
import { toCourseMap, type MapModule } from '../content/course-map';
import { getCases } from './cases';

const raw = import.meta.glob('/content/**/*.{md,yaml}', { query: '?raw', import: 'default', eager: true });

let cached: Course | undefined;

/**
 * The course, loaded once per build from `content/`. Any content problem stops the build with
 * every issue listed by file and field.
 */
export function getCourse(): Course {
	if (cached) return cached;
	const files = new Map(Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), String(text)]));
	const { course, issues } = loadCourse(files, { cases: getCases() });
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

/** The course map's data: modules with their lessons, exercises and team exercise, nothing more. */
export function getCourseMap(): MapModule[] {
	return toCourseMap(getCourse().modules);
}

/** A lesson's id, module and title, or undefined when it does not exist. */
export function getLessonLink(
	moduleId: string,
	lessonId: string
): Pick<LessonMeta, 'id' | 'moduleId' | 'title'> | undefined {
	const lesson = getCourse().lessons.get(`${moduleId}/${lessonId}`);
	return lesson ? { id: lesson.id, moduleId: lesson.moduleId, title: lesson.title } : undefined;
}

/** A module with its instructor notes and its neighbours, or undefined when it does not exist. */
export function getModulePage(moduleId: string) {
	const course = getCourse();
	const index = course.modules.findIndex((mod) => mod.id === moduleId);
	const module = course.modules[index];
	if (!module) return undefined;
	const link = (mod: CourseModule | undefined) => mod && { id: mod.id, number: mod.number, title: mod.title };
	return {
		module,
		instructorNotes: course.instructorNotes.get(moduleId),
		previous: link(course.modules[index - 1]),
		next: link(course.modules[index + 1])
	};
}

/** Every key term of the course, grouped by the module that introduces it, in course order. */
export function getGlossary() {
	return getCourse()
		.modules.filter((mod) => mod.keyTerms.length)
		.map((mod) => ({ id: mod.id, number: mod.number, title: mod.title, terms: mod.keyTerms }));
}
