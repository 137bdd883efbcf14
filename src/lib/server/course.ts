import { render } from 'svelte/server';
import GlossaryTerms from '../components/GlossaryTerms.svelte';
import { formatIssues, loadCourse } from '../content/course-loader.server';
import type { Course, CourseModule, KeyTerm, Lesson, LessonMeta, LessonSection } from '../content/course.types';
import { LOCALES, type Locale } from '../i18n/locale';
import { staticHtml } from '../content/static-html';
import { FRAGMENT_BASE, prepareSections, sectionsHtml, type Fragments } from './lesson-html';
import { toCourseMap, type MapModule } from '../content/course-map';
import { getCases } from './cases';

const raw = import.meta.glob('/content/**/*.{md,yaml}', { query: '?raw', import: 'default', eager: true });

interface Prepared {
	/** The course with its lessons ready for pages: diagrams drawn, answer keys deferred. */
	course: Course;
	/** Answer keys and instructor notes, each a prerendered fragment. */
	fragments: Fragments;
	/** The diagram stylesheets each lesson needs, by `moduleId/lessonId`. */
	stylesheets: Map<string, string[]>;
	/** Where each module's instructor notes are, per locale, and the stylesheets they need. */
	notes: Map<string, { href: Record<Locale, string>; stylesheets: string[] }>;
}

let cached: Prepared | undefined;

/** Where all of a lesson's prose in one language is, as one JSON file (fragment address → HTML). */
function prosePath(key: string, locale: Locale): string {
	return `${key}/prose.${locale}.json`;
}

/** Where the glossary's terms are: one fragment per module, and all of them in one JSON file. */
const GLOSSARY_BUNDLE = 'glossary/terms.json';
const glossaryPath = (moduleId: string) => `glossary/${moduleId}.htm`;

/** One module's key terms drawn as the glossary shows them. */
function glossaryHtml(terms: readonly KeyTerm[]): string {
	return render(GlossaryTerms, { props: { terms } })
		.body.replace(/<!--[\s\S]*?-->/g, '')
		.trim();
}

function prepare(): Prepared {
	if (cached) return cached;
	const files = new Map(Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), String(text)]));
	const { course, issues } = loadCourse(files, { cases: getCases() });
	if (issues.length) throw new Error(`content has ${issues.length} problem(s):\n${formatIssues(issues)}`);
	const fragments: Fragments = new Map();
	const stylesheets = new Map<string, string[]>();
	const lessons = new Map<string, Lesson>();
	for (const [key, lesson] of course.lessons) {
		const { body, stylesheets: css } = prepareSections(lesson.body, key, fragments);
		lessons.set(key, { ...lesson, body });
		stylesheets.set(key, css);
		for (const locale of LOCALES) {
			const prose = body[locale].flatMap((section) =>
				section.blocks.flatMap((block) => (block.kind === 'static' ? [[block.href, staticHtml.get(block.href)]] : []))
			);
			fragments.set(prosePath(key, locale), JSON.stringify(Object.fromEntries(prose)));
		}
	}
	const notes = new Map<string, { href: Record<Locale, string>; stylesheets: string[] }>();
	const instructorNotes = new Map<string, Record<Locale, LessonSection[]>>();
	for (const [moduleId, sections] of course.instructorNotes) {
		const { body, stylesheets: css } = prepareSections(sections, `${moduleId}/instructor`, fragments);
		instructorNotes.set(moduleId, body);
		const href = { en: '', zh: '' };
		for (const locale of LOCALES) {
			const path = `${moduleId}/instructor.${locale}.htm`;
			fragments.set(path, sectionsHtml(body[locale], locale));
			href[locale] = `${FRAGMENT_BASE}/${path}`;
		}
		notes.set(moduleId, { href, stylesheets: css });
	}
	// The glossary page shows every term in both languages; as fragments, its data does not repeat them.
	const glossary: Record<string, string> = {};
	for (const mod of course.modules) {
		if (!mod.keyTerms.length) continue;
		const path = glossaryPath(mod.id);
		const html = glossaryHtml(mod.keyTerms);
		fragments.set(path, html);
		staticHtml.set(`${FRAGMENT_BASE}/${path}`, html);
		glossary[`${FRAGMENT_BASE}/${path}`] = html;
	}
	fragments.set(GLOSSARY_BUNDLE, JSON.stringify(glossary));
	cached = { course: { ...course, lessons, instructorNotes }, fragments, stylesheets, notes };
	return cached;
}

/**
 * The course, loaded once per build from `content/`, with lesson diagrams drawn to HTML and answer
 * keys moved into fragments (see `getFragments`). Any content problem stops the build with every
 * issue listed by file and field.
 */
export function getCourse(): Course {
	return prepare().course;
}

/** Every prerendered fragment (answer keys, instructor notes) by its path below `/fragments/`. */
export function getFragments(): Fragments {
	return prepare().fragments;
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
	// Only what the page shows: the page data is inlined in every prerendered lesson.
	const link = (l: LessonMeta | undefined) => l && { id: l.id, moduleId: l.moduleId, title: l.title };
	return {
		module: { id: module.id, number: module.number, title: module.title },
		lesson,
		stylesheets: prepare().stylesheets.get(`${moduleId}/${lessonId}`) ?? [],
		// The page shows the English prose prerendered; another language's loads in one request.
		prose: Object.fromEntries(
			LOCALES.map((locale) => [locale, `${FRAGMENT_BASE}/${prosePath(`${moduleId}/${lessonId}`, locale)}`])
		) as Record<Locale, string>,
		previous: link(order[index - 1]),
		next: link(order[index + 1])
	};
}

/** The stylesheets the diagrams of a module's lessons and instructor notes need, each once. */
export function getModuleStylesheets(moduleId: string): string[] {
	const { stylesheets, notes } = prepare();
	const module = getCourse().modules.find((mod) => mod.id === moduleId);
	const lessons = module?.lessons.flatMap((l) => stylesheets.get(`${moduleId}/${l.id}`) ?? []) ?? [];
	return [...new Set([...lessons, ...(notes.get(moduleId)?.stylesheets ?? [])])];
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
		instructorNotes: prepare().notes.get(moduleId),
		previous: link(course.modules[index - 1]),
		next: link(course.modules[index + 1])
	};
}

/**
 * The glossary: the modules that introduce key terms, in course order, each with the address of
 * its terms drawn to HTML (and `bundle`, all of them in one file, for a page drawn in the browser).
 */
export function getGlossary() {
	const modules = getCourse()
		.modules.filter((mod) => mod.keyTerms.length)
		.map((mod) => ({
			id: mod.id,
			number: mod.number,
			title: mod.title,
			count: mod.keyTerms.length,
			href: `${FRAGMENT_BASE}/${glossaryPath(mod.id)}`
		}));
	return { modules, bundle: `${FRAGMENT_BASE}/${GLOSSARY_BUNDLE}` };
}
