import type { Block, Course, LessonSection, TeamExercise } from '../content/course.types';
import { LOCALES, type Locale, type Localized } from '../i18n/locale';

/** Something in one language per locale, such as a section's blocks. */
export type PerLocale<T> = Record<Locale, T>;

/** The opening slide of a module: its number, title, summary and lessons. */
export interface ModuleSlide {
	/** Always `module`. */
	id: 'module';
	/** Marks the module slide. */
	kind: 'module';
	/** The lessons of the module, in order. */
	lessons: { id: string; title: Localized; minutes: number }[];
	/** Whether the module has a team exercise (the last slide). */
	exercise?: Localized;
}

/** A section of a lesson, as a slide. */
export interface SectionSlide {
	/** `<lesson>/<section>`. */
	id: string;
	/** Marks a lesson section. */
	kind: 'section';
	/** The lesson it belongs to. */
	lesson: string;
	/** The lesson's title. */
	lessonTitle: Localized;
	/** The lesson's summary, on its first slide only. */
	summary?: Localized;
	/** The section heading; on a lesson's first slide, empty (the lesson title shows instead). */
	title: Localized;
	/** The section's content in each language. */
	blocks: PerLocale<Block[]>;
	/** Its speaker notes in each language. */
	notes: PerLocale<Block[]>;
}

/** The module's team exercise on the team's own opportunity, as the last slide. */
export interface ExerciseSlide {
	/** Always `exercise`. */
	id: 'exercise';
	/** Marks the team exercise. */
	kind: 'exercise';
	/** The exercise. */
	exercise: TeamExercise;
}

/** A slide of a deck. */
export type Slide = ModuleSlide | SectionSlide | ExerciseSlide;

/** A module presented as slides: every lesson section, framed by the module slide and the team exercise. */
export interface Deck {
	/** The module id. */
	id: string;
	/** The module number in the agenda. */
	number: number;
	/** The course day, or `further`. */
	day: 1 | 2 | 'further';
	/** Morning, afternoon, or any. */
	slot: 'morning' | 'afternoon' | 'any';
	/** The module title. */
	title: Localized;
	/** What the module is about. */
	summary: Localized;
	/** The slides, in order. */
	slides: Slide[];
	/** The module's instructor notes, as sections in each language, if it has them. */
	instructorNotes?: PerLocale<LessonSection[]>;
	/** The stylesheets of the diagrams its slides draw (filled in by the server, which knows them). */
	stylesheets?: string[];
}

const both = <T>(make: (locale: Locale) => T): PerLocale<T> =>
	Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as PerLocale<T>;

/**
 * Builds a module's deck from the course: the module slide, then each lesson's sections in order
 * (a lesson's untitled introduction, or its title alone, opens it), then the team exercise. Any
 * lesson added to the module appears without code changes. Pure.
 */
export function buildDeck(course: Course, moduleId: string): Deck | undefined {
	const module = course.modules.find((m) => m.id === moduleId);
	if (!module) return undefined;
	const slides: Slide[] = [
		{
			id: 'module',
			kind: 'module',
			lessons: module.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.minutes })),
			exercise: module.teamExercise?.title
		}
	];
	for (const meta of module.lessons) {
		const lesson = course.lessons.get(`${module.id}/${meta.id}`);
		if (!lesson) continue;
		const sections = lesson.body.en.map((section, i) => ({
			id: section.id,
			byLocale: both((l) => lesson.body[l][i]!)
		}));
		const intro = sections[0]?.id === 'intro' ? sections.shift() : undefined;
		slides.push({
			id: `${lesson.id}/intro`,
			kind: 'section',
			lesson: lesson.id,
			lessonTitle: lesson.title,
			summary: lesson.summary,
			title: { en: '', zh: '' },
			blocks: both((l) => intro?.byLocale[l].blocks ?? []),
			notes: both((l) => intro?.byLocale[l].notes ?? [])
		});
		for (const section of sections) {
			slides.push({
				id: `${lesson.id}/${section.id}`,
				kind: 'section',
				lesson: lesson.id,
				lessonTitle: lesson.title,
				title: both((l) => section.byLocale[l].title),
				blocks: both((l) => section.byLocale[l].blocks),
				notes: both((l) => section.byLocale[l].notes)
			});
		}
	}
	if (module.teamExercise) slides.push({ id: 'exercise', kind: 'exercise', exercise: module.teamExercise });
	return {
		id: module.id,
		number: module.number,
		day: module.day,
		slot: module.slot,
		title: module.title,
		summary: module.summary,
		slides,
		instructorNotes: course.instructorNotes.get(module.id)
	};
}

/** A module in the presenter's picker. */
export interface DeckSummary {
	/** The module id. */
	id: string;
	/** Its number. */
	number: number;
	/** Its day. */
	day: 1 | 2 | 'further';
	/** Its slot. */
	slot: 'morning' | 'afternoon' | 'any';
	/** Its title. */
	title: Localized;
	/** How many slides its deck has. */
	slides: number;
	/** Its team exercise's title, if it has one. */
	exercise?: Localized;
}

/** Every module's deck in agenda order, summarised for the picker. Pure. */
export function deckSummaries(course: Course): DeckSummary[] {
	return course.modules.map((module) => ({
		id: module.id,
		number: module.number,
		day: module.day,
		slot: module.slot,
		title: module.title,
		slides: buildDeck(course, module.id)!.slides.length,
		exercise: module.teamExercise?.title
	}));
}

/** A slide's title for lists and previews: the module, the section (or lesson), or the exercise. Pure. */
export function slideTitle(deck: Deck, slide: Slide): Localized {
	switch (slide.kind) {
		case 'module':
			return deck.title;
		case 'section':
			return slide.summary ? slide.lessonTitle : slide.title;
		case 'exercise':
			return slide.exercise.title;
	}
}
