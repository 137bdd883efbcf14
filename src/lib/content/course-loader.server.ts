import * as v from 'valibot';
import { LOCALES, type Locale } from '../i18n/locale';
import {
	LessonFrontmatterSchema,
	ModuleFileSchema,
	parseYaml,
	splitFrontmatter,
	SsmProcessFileSchema
} from './content.schema';
import { parseExercise, type Exercise } from '../exercises/exercise.schema';
import type {
	Block,
	ContentIssue,
	Course,
	CourseModule,
	ExerciseMeta,
	KeyTerm,
	Lesson,
	LessonSection,
	SsmStep,
	TeamExercise
} from './course.types';
import { parseLessonMarkdown, renderMarkdown, type RawBlock } from './markdown.server';
import { resolveDiagram, type DiagramContext } from './diagrams';
import type { CaseFile } from '../scenarios/case.schema';

/** Content files by path relative to the project root (`content/...`), with their text. */
export type ContentFiles = ReadonlyMap<string, string>;

const MODULE_DIR = /^content\/modules\/(\d{2})-([a-z0-9-]+)\/(.+)$/;
const LESSON_FILE = /^([a-z0-9][a-z0-9-]*)\.([a-z]+)\.md$/;
const EXERCISE_FILE = /^exercises\/([a-z0-9][a-z0-9-]*)\.yaml$/;
const INSTRUCTOR = 'instructor';
const SSM_PROCESS = 'content/data/ssm-process.yaml';

type Frontmatter = v.InferOutput<typeof LessonFrontmatterSchema>;

interface LessonDraft {
	file: Record<string, string>;
	front: Partial<Record<Locale, Frontmatter>>;
	body: Partial<Record<Locale, LessonSection[]>>;
}

function loadSsmSteps(files: ContentFiles, issues: ContentIssue[]): SsmStep[] {
	const text = files.get(SSM_PROCESS);
	if (text === undefined) {
		issues.push({ file: SSM_PROCESS, field: '(file)', message: 'file is missing' });
		return [];
	}
	const parsed = parseYaml(text, SsmProcessFileSchema);
	if (!parsed.ok) {
		issues.push(...parsed.issues.map((i) => ({ file: SSM_PROCESS, ...i })));
		return [];
	}
	parsed.value.steps.forEach((step, i) => {
		if (step.number !== i + 1) {
			issues.push({ file: SSM_PROCESS, field: `steps.${i}.number`, message: `expected ${i + 1}, steps are in order` });
		}
	});
	return parsed.value.steps;
}

function resolveBlocks(
	blocks: RawBlock[],
	context: DiagramContext,
	file: string,
	field: string,
	issues: ContentIssue[]
): Block[] {
	const out: Block[] = [];
	for (const block of blocks) {
		if (block.kind === 'html') {
			out.push(block.reveal ? { kind: 'html', html: block.html, reveal: true } : { kind: 'html', html: block.html });
			continue;
		}
		const resolved = resolveDiagram(block.name, context);
		if (resolved.ok) {
			out.push(resolved.reveal ? { kind: 'diagram', diagram: resolved.diagram, reveal: true } : { kind: 'diagram', diagram: resolved.diagram });
		} else issues.push({ file, field, message: `${resolved.message} in ${block.line}` });
	}
	return out;
}

/** Parses a Markdown file of sections (a lesson body, instructor notes, a handout) and resolves its diagrams. */
export function loadSections(
	path: string,
	text: string,
	locale: Locale,
	context: DiagramContext,
	issues: ContentIssue[]
): LessonSection[] {
	const parsed = parseLessonMarkdown(text, locale);
	issues.push(...parsed.issues.map((i) => ({ file: path, ...i })));
	return parsed.sections.map((s) => ({
		id: s.id,
		title: s.title,
		blocks: resolveBlocks(s.blocks, context, path, `section ${s.id}`, issues),
		notes: resolveBlocks(s.notes, context, path, `section ${s.id} notes`, issues)
	}));
}

function loadLessonFile(
	path: string,
	text: string,
	locale: Locale,
	draft: LessonDraft,
	context: DiagramContext,
	issues: ContentIssue[]
): void {
	draft.file[locale] = path;
	const split = splitFrontmatter(text);
	if (!split) {
		issues.push({ file: path, field: 'frontmatter', message: 'the file must start with a --- frontmatter block' });
		return;
	}
	const front = parseYaml(split.frontmatter, LessonFrontmatterSchema, 'frontmatter.');
	if (!front.ok) issues.push(...front.issues.map((i) => ({ file: path, ...i })));
	else draft.front[locale] = front.value;
	draft.body[locale] = loadSections(path, split.body, locale, context, issues);
}

function finishLesson(
	moduleId: string,
	lessonId: string,
	draft: LessonDraft,
	dir: string,
	issues: ContentIssue[]
): Lesson | undefined {
	for (const locale of LOCALES) {
		if (!draft.file[locale]) {
			issues.push({ file: `${dir}/${lessonId}.${locale}.md`, field: '(file)', message: `the ${locale} version is missing` });
		}
	}
	const en = draft.front.en;
	const zh = draft.front.zh;
	const enBody = draft.body.en;
	const zhBody = draft.body.zh;
	if (!en || !zh || !enBody || !zhBody) return undefined;
	const zhFile = draft.file.zh!;
	if (en.id !== lessonId) issues.push({ file: draft.file.en!, field: 'frontmatter.id', message: `must be ${lessonId}, as in the file name` });
	if (zh.id !== lessonId) issues.push({ file: zhFile, field: 'frontmatter.id', message: `must be ${lessonId}, as in the file name` });
	for (const field of ['order', 'minutes'] as const) {
		if (en[field] !== zh[field]) {
			issues.push({ file: zhFile, field: `frontmatter.${field}`, message: `is ${zh[field]} but ${en[field]} in English` });
		}
	}
	const enIds = enBody.map((s) => s.id).join(', ');
	const zhIds = zhBody.map((s) => s.id).join(', ');
	if (enIds !== zhIds) {
		issues.push({ file: zhFile, field: 'sections', message: `section ids [${zhIds}] differ from English [${enIds}]` });
	}
	return {
		id: lessonId,
		moduleId,
		order: en.order,
		minutes: en.minutes,
		title: { en: en.title, zh: zh.title },
		summary: { en: en.summary, zh: zh.summary },
		body: { en: enBody, zh: zhBody }
	};
}

function loadExerciseFile(path: string, text: string, fileId: string, issues: ContentIssue[]): Exercise | undefined {
	const doc = parseYaml(text, v.unknown());
	if (!doc.ok) {
		issues.push(...doc.issues.map((i) => ({ file: path, ...i })));
		return undefined;
	}
	const parsed = parseExercise(doc.value);
	if (!parsed.ok) {
		issues.push(...parsed.issues.map((i) => ({ file: path, ...i })));
		return undefined;
	}
	if (parsed.value.id !== fileId) issues.push({ file: path, field: 'id', message: `must be ${fileId}, as in the file name` });
	return parsed.value;
}

/**
 * Builds the course from its content files and reports every problem, each naming its file and
 * field. Pure: the caller reads the files (with Vite's glob at build, or `fs` in the check script)
 * and passes the case companies that diagrams such as `::: diagram pain-chain homebody` draw from.
 */
export function loadCourse(
	files: ContentFiles,
	options: { cases?: ReadonlyMap<string, CaseFile> } = {}
): { course: Course; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const ssmSteps = loadSsmSteps(files, issues);
	const context: DiagramContext = { steps: ssmSteps, cases: options.cases };
	const moduleDirs = new Map<string, { number: number; folderId: string; paths: string[] }>();
	for (const path of [...files.keys()].sort()) {
		if (path === SSM_PROCESS) continue;
		const match = MODULE_DIR.exec(path);
		if (!match) {
			issues.push({ file: path, field: '(file)', message: 'not a known content file: see README "Adding a lesson"' });
			continue;
		}
		const dir = `content/modules/${match[1]}-${match[2]}`;
		const entry = moduleDirs.get(dir) ?? { number: Number(match[1]), folderId: match[2]!, paths: [] };
		entry.paths.push(path);
		moduleDirs.set(dir, entry);
	}

	const modules: CourseModule[] = [];
	const lessons = new Map<string, Lesson>();
	const instructorNotes = new Map<string, Record<Locale, LessonSection[]>>();
	const exercises = new Map<string, Exercise>();
	const termIds = new Map<string, string>();
	for (const [dir, entry] of moduleDirs) {
		const moduleFile = `${dir}/module.yaml`;
		const moduleText = files.get(moduleFile);
		if (moduleText === undefined) {
			issues.push({ file: moduleFile, field: '(file)', message: 'every module folder needs a module.yaml' });
			continue;
		}
		const parsed = parseYaml(moduleText, ModuleFileSchema);
		if (!parsed.ok) {
			issues.push(...parsed.issues.map((i) => ({ file: moduleFile, ...i })));
			continue;
		}
		const meta = parsed.value;
		if ((meta.day === 'further') !== (meta.slot === 'any')) {
			issues.push({ file: moduleFile, field: 'slot', message: 'further modules take slot any; days 1 and 2 take morning or afternoon' });
		}
		if (meta.id !== entry.folderId) issues.push({ file: moduleFile, field: 'id', message: `must be ${entry.folderId}, as in the folder name` });
		if (meta.number !== entry.number) issues.push({ file: moduleFile, field: 'number', message: `must be ${entry.number}, as in the folder name` });

		const drafts = new Map<string, LessonDraft>();
		const notes: Partial<Record<Locale, LessonSection[]>> = {};
		const moduleExercises: ExerciseMeta[] = [];
		for (const path of entry.paths) {
			const name = path.slice(dir.length + 1);
			if (name === 'module.yaml') continue;
			const exerciseMatch = EXERCISE_FILE.exec(name);
			if (exerciseMatch) {
				const exercise = loadExerciseFile(path, files.get(path)!, exerciseMatch[1]!, issues);
				if (!exercise) continue;
				if (exercises.has(exercise.id)) issues.push({ file: path, field: 'id', message: `exercise id ${exercise.id} is used twice` });
				exercises.set(exercise.id, exercise);
				moduleExercises.push({ id: exercise.id, moduleId: meta.id, type: exercise.type, order: exercise.order, title: exercise.title });
				continue;
			}
			const lessonMatch = LESSON_FILE.exec(name);
			const locale = lessonMatch?.[2];
			if (!lessonMatch || !LOCALES.includes(locale as Locale)) {
				issues.push({ file: path, field: '(file)', message: 'lesson files are named <lesson-id>.en.md and <lesson-id>.zh.md' });
				continue;
			}
			if (lessonMatch[1] === INSTRUCTOR) {
				const sections = loadSections(path, files.get(path)!, locale as Locale, context, issues);
				for (const sec of sections) {
					if (sec.notes.length) issues.push({ file: path, field: `section ${sec.id}`, message: 'instructor notes are notes already: no ::: notes blocks here' });
				}
				notes[locale as Locale] = sections.map((sec) => ({ ...sec, notes: [] }));
				continue;
			}
			const draft = drafts.get(lessonMatch[1]!) ?? { file: {}, front: {}, body: {} };
			drafts.set(lessonMatch[1]!, draft);
			loadLessonFile(path, files.get(path)!, locale as Locale, draft, context, issues);
		}
		const moduleLessons: Lesson[] = [];
		for (const [lessonId, draft] of drafts) {
			const lesson = finishLesson(meta.id, lessonId, draft, dir, issues);
			if (lesson) moduleLessons.push(lesson);
		}
		moduleLessons.sort((a, b) => a.order - b.order);
		moduleLessons.forEach((lesson, i) => {
			if (lesson.order !== i + 1) {
				issues.push({ file: `${dir}/${lesson.id}.en.md`, field: 'frontmatter.order', message: `expected ${i + 1}: orders run 1, 2, 3 … without gaps` });
			}
			lessons.set(`${meta.id}/${lesson.id}`, lesson);
		});
		moduleExercises.sort((a, b) => a.order - b.order);
		moduleExercises.forEach((exercise, i) => {
			if (exercise.order !== i + 1) {
				issues.push({ file: `${dir}/exercises/${exercise.id}.yaml`, field: 'order', message: `expected ${i + 1}: orders run 1, 2, 3 … without gaps` });
			}
		});

		const hasNotes = notes.en !== undefined || notes.zh !== undefined;
		if (hasNotes) {
			for (const locale of LOCALES) {
				if (!notes[locale]) issues.push({ file: `${dir}/${INSTRUCTOR}.${locale}.md`, field: '(file)', message: `the ${locale} version is missing` });
			}
			if (notes.en && notes.zh) instructorNotes.set(meta.id, { en: notes.en, zh: notes.zh });
		}

		const keyTerms: KeyTerm[] = meta.keyTerms.map((term, i) => {
			const other = termIds.get(term.id);
			if (other) issues.push({ file: moduleFile, field: `keyTerms.${i}.id`, message: `key term ${term.id} is already defined in module ${other}` });
			termIds.set(term.id, meta.id);
			return { id: term.id, moduleId: meta.id, term: { en: term.en, zh: term.zh }, definition: term.definition };
		});

		let teamExercise: TeamExercise | undefined;
		if (meta.teamExercise) {
			const { instructions, ...rest } = meta.teamExercise;
			const html = { en: '', zh: '' };
			for (const locale of LOCALES) {
				const rendered = renderMarkdown(instructions[locale], locale);
				issues.push(...rendered.issues.map((i) => ({ file: moduleFile, field: `teamExercise.instructions.${locale}`, message: i.message })));
				html[locale] = rendered.html;
			}
			teamExercise = { ...rest, instructionsHtml: html };
		}

		modules.push({
			id: meta.id,
			number: meta.number,
			day: meta.day,
			slot: meta.slot,
			title: meta.title,
			summary: meta.summary,
			lessons: moduleLessons.map(({ body: _body, ...rest }) => rest),
			keyTerms,
			teamExercise,
			exercises: moduleExercises,
			hasInstructorNotes: instructorNotes.has(meta.id)
		});
	}
	modules.sort((a, b) => a.number - b.number);
	return { course: { modules, lessons, ssmSteps, instructorNotes, exercises }, issues };
}

/** Formats content issues as one line each: `file: field: message`. */
export function formatIssues(issues: readonly ContentIssue[]): string {
	return issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join('\n');
}
