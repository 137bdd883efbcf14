import type { Localized } from '../i18n/locale';
import type { CourseModule } from './course.types';

/** A lesson as the course map shows it. */
export interface MapLesson {
	/** Stable id within its module. */
	id: string;
	/** Its module's id. */
	moduleId: string;
	/** The lesson title. */
	title: Localized;
	/** Typical time in minutes. */
	minutes: number;
}

/** A module as the course map shows it: no lesson bodies, summaries, key terms or instructions. */
export interface MapModule {
	/** Stable id. */
	id: string;
	/** The number in the agenda. */
	number: number;
	/** The course day, or `further`. */
	day: CourseModule['day'];
	/** Morning, afternoon, or `any` for further modules. */
	slot: CourseModule['slot'];
	/** The module title. */
	title: Localized;
	/** What the module is about. */
	summary: Localized;
	/** Its lessons, in order. */
	lessons: MapLesson[];
	/** Its scored exercises, in order. */
	exercises: { id: string; title: Localized }[];
	/** Its team exercise, if it has one. */
	teamExercise?: { id: string; title: Localized; minutes: number };
}

/** The modules with only what the course map shows, so that the page sends nothing more. */
export function toCourseMap(modules: readonly CourseModule[]): MapModule[] {
	return modules.map((mod) => ({
		id: mod.id,
		number: mod.number,
		day: mod.day,
		slot: mod.slot,
		title: mod.title,
		summary: mod.summary,
		lessons: mod.lessons.map(({ id, moduleId, title, minutes }) => ({ id, moduleId, title, minutes })),
		exercises: mod.exercises.map(({ id, title }) => ({ id, title })),
		...(mod.teamExercise
			? { teamExercise: { id: mod.teamExercise.id, title: mod.teamExercise.title, minutes: mod.teamExercise.minutes } }
			: {})
	}));
}

/** A part of the agenda: a day (or the further modules) with its half-days. */
export interface AgendaDay<M> {
	/** Day 1, day 2, or the modules beyond the two days. */
	day: CourseModule['day'];
	/** Its half-days in order, each with its modules; empty half-days are left out. */
	slots: { slot: CourseModule['slot']; modules: M[] }[];
}

/** Groups modules into the agenda: day 1 and day 2 by morning and afternoon, then the further modules. */
export function agenda<M extends { day: CourseModule['day']; slot: CourseModule['slot']; number: number }>(
	modules: readonly M[]
): AgendaDay<M>[] {
	const days = [
		{ day: 1, slots: ['morning', 'afternoon'] },
		{ day: 2, slots: ['morning', 'afternoon'] },
		{ day: 'further', slots: ['any'] }
	] as const;
	return days
		.map(({ day, slots }) => ({
			day,
			slots: slots
				.map((slot) => ({
					slot,
					modules: modules.filter((mod) => mod.day === day && mod.slot === slot).sort((a, b) => a.number - b.number)
				}))
				.filter((s) => s.modules.length)
		}))
		.filter((d) => d.slots.length);
}
