import type { Exercise } from '../exercises/exercise.schema';
import type { Locale, Localized } from '../i18n/locale';
import type { BoardTemplateId } from '../method/boards';

/** One of the seven steps of the Signature Selling Method, seen from both sides of the table. */
export interface SsmStep {
	/** Stable id, e.g. `explore`. */
	id: string;
	/** 1 to 7. */
	number: number;
	/** The phase of the method: plan (1–2), execute (3–6), implement (7). */
	phase: 'plan' | 'execute' | 'implement';
	/** What the customer is doing in this step of its buying process. */
	buying: Localized;
	/** The matching selling stage: what the seller does. */
	selling: Localized;
	/** The verifiable outcome: evidence from the customer that the step is done. */
	outcome: Localized;
	/** The opportunity stage recorded when the outcome is verified. */
	stage: Localized;
}

/** A diagram placed in a lesson with `::: diagram name`, with the data it draws. */
export type Diagram = { name: 'ssm-process'; steps: SsmStep[] };

/** A piece of a lesson section: prerendered HTML or a diagram drawn by a component. */
export type Block = { kind: 'html'; html: string } | { kind: 'diagram'; diagram: Diagram };

/** A section of a lesson, opened by a `## Heading {#id}`; in presenter mode, one slide. */
export interface LessonSection {
	/** The id given in the heading, identical in every locale. */
	id: string;
	/** The heading text; empty for the introduction before the first heading. */
	title: string;
	/** The section's content. */
	blocks: Block[];
	/** Speaker notes written in `::: notes` blocks. */
	notes: Block[];
}

/** What the course map and navigation need to know about a lesson. */
export interface LessonMeta {
	/** Stable id, unique within its module; the last part of the lesson URL. */
	id: string;
	/** The module's id; the middle part of the lesson URL. */
	moduleId: string;
	/** Position within the module, from 1. */
	order: number;
	/** Typical reading or teaching time in minutes. */
	minutes: number;
	/** The lesson title. */
	title: Localized;
	/** One or two sentences on what the lesson teaches. */
	summary: Localized;
}

/** A lesson with its body, prerendered to HTML, in every locale. */
export interface Lesson extends LessonMeta {
	/** The sections in each locale; both locales have the same section ids in the same order. */
	body: Record<Locale, LessonSection[]>;
}

/** A term the course teaches, with its name and definition in both languages. */
export interface KeyTerm {
	/** Stable id, unique across the course. */
	id: string;
	/** The module that introduces it. */
	moduleId: string;
	/** The term. */
	term: Localized;
	/** What it means, in a sentence or two. */
	definition: Localized;
}

/** The exercise a team does on its own opportunity, filling one or more boards. */
export interface TeamExercise {
	/** Stable id. */
	id: string;
	/** Time allowed in minutes. */
	minutes: number;
	/** The board templates the team fills. */
	boards: BoardTemplateId[];
	/** The exercise title. */
	title: Localized;
	/** The instructions, prerendered from Markdown. */
	instructionsHtml: Localized;
}

/** What the course map needs to know about a scored exercise. */
export interface ExerciseMeta {
	/** Stable id; the last part of `/practice/<id>`. */
	id: string;
	/** The module it belongs to. */
	moduleId: string;
	/** Its type. */
	type: Exercise['type'];
	/** Position among the module's exercises. */
	order: number;
	/** Its title. */
	title: Localized;
}

/** A module of the course, such as the opening or one of the seven stages. */
export interface CourseModule {
	/** Stable id; the first part of lesson URLs. */
	id: string;
	/** The module number in the agenda, from 0. */
	number: number;
	/** The course day it is taught on, or `further` for modules beyond the two-day agenda. */
	day: 1 | 2 | 'further';
	/** Morning or afternoon of that day; `any` for further modules. */
	slot: 'morning' | 'afternoon' | 'any';
	/** The module title. */
	title: Localized;
	/** What the module is about. */
	summary: Localized;
	/** Its lessons, in order. */
	lessons: LessonMeta[];
	/** The terms it introduces. */
	keyTerms: KeyTerm[];
	/** The team exercise on the team's own opportunity, if it has one. */
	teamExercise?: TeamExercise;
	/** Its scored exercises, in order. */
	exercises: ExerciseMeta[];
	/** Whether it has instructor notes (`instructor.<locale>.md`). */
	hasInstructorNotes: boolean;
}

/** The whole course as the loader builds it. */
export interface Course {
	/** The modules, in agenda order. */
	modules: CourseModule[];
	/** Every lesson with its body, keyed by `moduleId/lessonId`. */
	lessons: Map<string, Lesson>;
	/** The seven steps of the method, shared by lessons, diagrams and exercises. */
	ssmSteps: SsmStep[];
	/** Instructor notes per module id, as sections in each locale. */
	instructorNotes: Map<string, Record<Locale, LessonSection[]>>;
	/** Every scored exercise with its answer key, by id. */
	exercises: Map<string, Exercise>;
}

/** A problem in a content file, naming the file and the field. */
export interface ContentIssue {
	/** Path of the file, relative to the project root. */
	file: string;
	/** The field or place in the file, e.g. `frontmatter.title` or `section 3`. */
	field: string;
	/** What is wrong. */
	message: string;
}
