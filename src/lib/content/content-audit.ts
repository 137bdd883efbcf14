import { resolveExercise } from '../exercises/resolve';
import type { ResolveContext } from '../exercises/context';
import { LOCALES, type Locale } from '../i18n/locale';
import type { CaseHandout } from '../scenarios/handout-loader.server';
import type { ContentIssue, Course, CourseModule, LessonSection } from './course.types';

// Code samples may show Markdown on purpose; everything else a reader sees must not.
const CODE = /<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/gi;
const TAG = /<[^>]*>/g;
const LEFTOVER = /\*\*|__/;

/**
 * The first Markdown bold or underline marker (`**` or `__`) left as literal text in rendered HTML,
 * with a few characters around it, or undefined when there is none. Marked leaves them when a
 * marker sits against punctuation in a way CommonMark does not accept (common in Chinese, e.g.
 * `**方针**，`), and the reader then sees the asterisks.
 */
export function leftoverEmphasis(html: string): string | undefined {
	const text = html.replace(CODE, ' ').replace(TAG, ' ');
	const match = LEFTOVER.exec(text);
	if (!match) return undefined;
	return text
		.slice(Math.max(0, match.index - 20), match.index + 22)
		.replace(/\s+/g, ' ')
		.trim();
}

/** The folder of a module under `content/modules/`, e.g. `content/modules/03-vision`. */
export function moduleFolder(mod: Pick<CourseModule, 'id' | 'number'>): string {
	return `content/modules/${String(mod.number).padStart(2, '0')}-${mod.id}`;
}

function auditSections(file: string, sections: readonly LessonSection[], issues: ContentIssue[]): void {
	for (const section of sections) {
		for (const [part, blocks] of [
			['', section.blocks],
			['.notes', section.notes]
		] as const) {
			for (const block of blocks) {
				const found = block.kind === 'html' ? leftoverEmphasis(block.html) : undefined;
				if (found)
					issues.push({
						file,
						field: `section ${section.id || '(introduction)'}${part}`,
						message: `Markdown bold or underline did not render: "${found}" (move punctuation outside the ** markers, or add a space)`
					});
			}
		}
	}
}

/** Every string in a value with its dot path, e.g. `items.2.explanation.zh`. */
function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
	if (typeof value === 'string') out.push([path, value]);
	else if (Array.isArray(value)) value.forEach((item, i) => strings(item, path ? `${path}.${i}` : String(i), out));
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) strings(item, path ? `${path}.${key}` : key, out);
	return out;
}

/**
 * Checks what the course shows after rendering, beyond what the loader checks: every scored exercise
 * resolves against the case and the method (a broken reference names its file and field), and no
 * lesson, instructor note, team exercise, handout or exercise text shows a literal `**` or `__`.
 * Pure.
 */
export function auditCourse(
	course: Course,
	ctx: ResolveContext,
	handouts: ReadonlyMap<string, CaseHandout> = new Map()
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const mod of course.modules) {
		const folder = moduleFolder(mod);
		for (const meta of mod.lessons) {
			const lesson = course.lessons.get(`${mod.id}/${meta.id}`);
			for (const locale of LOCALES)
				if (lesson) auditSections(`${folder}/${meta.id}.${locale}.md`, lesson.body[locale], issues);
		}
		const notes = course.instructorNotes.get(mod.id);
		for (const locale of LOCALES) if (notes) auditSections(`${folder}/instructor.${locale}.md`, notes[locale], issues);
		for (const locale of LOCALES) {
			const found = mod.teamExercise && leftoverEmphasis(mod.teamExercise.instructionsHtml[locale]);
			if (found)
				issues.push({
					file: `${folder}/module.yaml`,
					field: `teamExercise.instructions.${locale}`,
					message: `Markdown bold or underline did not render: "${found}" (move punctuation outside the ** markers, or add a space)`
				});
		}
		for (const meta of mod.exercises) {
			const def = course.exercises.get(meta.id);
			if (!def) continue;
			const file = `${folder}/exercises/${meta.id}.yaml`;
			const { exercise, issues: found } = resolveExercise(def, ctx);
			issues.push(...found.map((i) => ({ file, ...i })));
			if (found.length) continue;
			// Exercise texts are shown as plain text: any marker there is visible as typed.
			for (const [field, text] of strings(exercise, '', []))
				if (LEFTOVER.test(text))
					issues.push({ file, field, message: 'exercise texts are plain text: remove the ** or __ markers' });
		}
	}
	for (const [caseId, handout] of handouts)
		for (const locale of LOCALES)
			auditSections(`scenarios/${caseId}/handout.${locale satisfies Locale}.md`, handout.body[locale], issues);
	return issues;
}
