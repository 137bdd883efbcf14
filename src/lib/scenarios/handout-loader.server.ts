import * as v from 'valibot';
import { parseYaml, splitFrontmatter, Text } from '../content/content.schema';
import { loadSections } from '../content/course-loader.server';
import type { ContentIssue, LessonSection } from '../content/course.types';
import { LOCALES, type Locale, type Localized } from '../i18n/locale';
import type { CaseFile } from './case.schema';

/** The frontmatter of one locale's handout file. */
const HandoutFrontmatterSchema = v.strictObject({ title: Text, summary: Text });

/** A case's student handout: what a rep reads before meeting the company. */
export interface CaseHandout {
	/** The handout's title. */
	title: Localized;
	/** One or two sentences under the title. */
	summary: Localized;
	/** Its sections in each locale; both locales have the same section ids in the same order. */
	body: Record<Locale, LessonSection[]>;
}

/**
 * Loads `scenarios/<case>/handout.<locale>.md` in every locale: frontmatter with `title` and
 * `summary`, then sections like a lesson's. Diagrams draw from the case (e.g. `::: diagram
 * org-chart homebody`); speaker notes are refused, the handout goes to students. Pure.
 */
export function loadHandout(
	data: CaseFile,
	files: Partial<Record<Locale, { path: string; text: string }>>
): { value?: CaseHandout; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const front: Partial<Record<Locale, v.InferOutput<typeof HandoutFrontmatterSchema>>> = {};
	const body: Partial<Record<Locale, LessonSection[]>> = {};
	const context = { steps: [], cases: new Map([[data.id, data]]) };
	for (const locale of LOCALES) {
		const file = files[locale];
		if (!file) {
			issues.push({
				file: `scenarios/${data.id}/handout.${locale}.md`,
				field: '(file)',
				message: `the ${locale} version is missing`
			});
			continue;
		}
		const split = splitFrontmatter(file.text);
		if (!split) {
			issues.push({
				file: file.path,
				field: 'frontmatter',
				message: 'the file must start with a --- frontmatter block'
			});
			continue;
		}
		const parsed = parseYaml(split.frontmatter, HandoutFrontmatterSchema, 'frontmatter.');
		if (parsed.ok) front[locale] = parsed.value;
		else issues.push(...parsed.issues.map((i) => ({ file: file.path, ...i })));
		body[locale] = loadSections(file.path, split.body, locale, context, issues);
		for (const section of body[locale]) {
			if (section.notes.length)
				issues.push({
					file: file.path,
					field: `section ${section.id}`,
					message: 'a handout is for students: no ::: notes'
				});
		}
	}
	const { en, zh } = front;
	if (!en || !zh || !body.en || !body.zh) return { issues };
	const enIds = body.en.map((s) => s.id).join(', ');
	const zhIds = body.zh.map((s) => s.id).join(', ');
	if (enIds !== zhIds) {
		issues.push({
			file: files.zh!.path,
			field: 'sections',
			message: `section ids [${zhIds}] differ from English [${enIds}]`
		});
	}
	return {
		value: {
			title: { en: en.title, zh: zh.title },
			summary: { en: en.summary, zh: zh.summary },
			body: { en: body.en, zh: body.zh }
		},
		issues
	};
}
