import type { Exercise } from '../exercises/exercise.schema';
import type { Locale, Localized } from '../i18n/locale';
import type { BoardTemplateId } from '../method/boards';
import type { SamQuadrantId } from '../method/sam';
import type { CaseFile, CaseInitiative } from '../scenarios/case.schema';

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

/** A person of a case company as diagrams draw them: name, titles and manager. */
export interface DiagramPerson {
	/** Stable id from the case file. */
	id: string;
	/** The person's name, in Latin script in every language. */
	name: string;
	/** The full job title. */
	title: Localized;
	/** The short title, such as `CEO`. */
	short: Localized;
	/** The id of the person's manager; null for the head of the company. */
	reportsTo: string | null;
}

/** Where a case company stands on the SAM grid and where it is heading (an answer key). */
export interface SamPosition {
	/** Where the company is today. */
	current: SamQuadrantId;
	/** Where its initiatives take it. */
	heading: SamQuadrantId;
	/** Why, in a sentence or two each. */
	explanation: { current: Localized; heading: Localized };
}

/** The names of the diagrams a lesson may place with `::: diagram <name> [case] [options]`. */
export const DIAGRAM_NAMES = [
	'ssm-process',
	'team-roles',
	'org-chart',
	'pain-chain',
	'tim',
	'initiatives',
	'sam-grid',
	'isc',
	'tech-preferences',
	'opportunity-cost',
	'value-over-time',
	'org-attributes',
	'political-structure',
	'org-map',
	'nine-block',
	'kdm-test'
] as const;

/** The name of a diagram. */
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

/** A diagram placed in a lesson with `::: diagram name`, with the data it draws. */
export type Diagram =
	| { name: 'ssm-process'; steps: SsmStep[] }
	/** The six team roles (from `src/lib/method/team-roles.ts`). */
	| { name: 'team-roles' }
	/** A case company's organisation chart. */
	| { name: 'org-chart'; people: DiagramPerson[] }
	/** A case company's full pain chain (an answer key). */
	| { name: 'pain-chain'; people: DiagramPerson[]; pains: CaseFile['pains'] }
	/** The two-part initiative model: desired result BY planned activity. */
	| { name: 'tim' }
	/** A case company's business initiatives (an answer key). */
	| { name: 'initiatives'; people: DiagramPerson[]; initiatives: CaseInitiative[] }
	/** The SAM grid, with a case company's position when one is given. */
	| { name: 'sam-grid'; position?: SamPosition }
	/** The four areas of the Integrated Solution Construct. */
	| { name: 'isc' }
	/** A case company's technology preferences by ISC area (an answer key). */
	| { name: 'tech-preferences'; technology: CaseFile['technology'] }
	/** Chasing a poor opportunity puts the good ones at risk. */
	| { name: 'opportunity-cost' }
	/** Value the seller asserts falls, value the customer recognises rises. */
	| { name: 'value-over-time' }
	/** The organisation map's four attributes and their symbols. */
	| { name: 'org-attributes' }
	/** Formal rank against informal influence: the political structure and the inner circle. */
	| { name: 'political-structure' }
	/** A case company's organisation map with the four attributes (an answer key). */
	| { name: 'org-map'; people: DiagramPerson[]; orgMap: CaseFile['orgMap'] }
	/** The 9-block model, numbered in the creation or the reengineering order when one is given. */
	| { name: 'nine-block'; order?: 'creation' | 'reengineering' }
	/** Testing whether a contact can buy, and the next move either way. */
	| { name: 'kdm-test' };

/**
 * A piece of a lesson section: prerendered HTML, a diagram with its data (as the loader returns it;
 * the server draws it to HTML and makes it `static`), or an answer key the page loads when the
 * reader opens it.
 */
export type Block =
	| {
			kind: 'html';
			/** The HTML, prerendered at build time. */
			html: string;
			/** Whether it is an answer key (`::: reveal`), folded until the reader opens it. */
			reveal?: boolean;
	  }
	| {
			kind: 'diagram';
			/** The diagram and its data. */
			diagram: Diagram;
			/** Whether it is an answer key, folded until the reader opens it (`reveal` in the Markdown). */
			reveal?: boolean;
	  }
	| {
			kind: 'deferred';
			/** Where the folded answer key's HTML is, in the page's language: a prerendered fragment. */
			href: string;
	  }
	| {
			kind: 'static';
			/**
			 * Where a diagram's HTML is: a prerendered fragment, also in `staticHtml` while prerendering,
			 * so that the page shows it without carrying it in its data.
			 */
			href: string;
	  };

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
