import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { BOARD_TEMPLATE_IDS } from '../method/boards';

/** A non-empty, trimmed line of text. */
export const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** A stable id: lower-case letters, digits and dashes. */
export const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'));

/** A text in both languages. */
export const LocalizedSchema = v.strictObject({ en: Text, zh: Text });

/** `module.yaml`: a module of the course. */
export const ModuleFileSchema = v.strictObject({
	id: Id,
	number: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** The course day, or `further` for modules beyond the two-day agenda. */
	day: v.picklist([1, 2, 'further']),
	/** Morning or afternoon of the day; `any` for further modules. */
	slot: v.picklist(['morning', 'afternoon', 'any']),
	title: LocalizedSchema,
	summary: LocalizedSchema,
	keyTerms: v.optional(
		v.array(v.strictObject({ id: Id, en: Text, zh: Text, definition: LocalizedSchema })),
		[]
	),
	teamExercise: v.optional(
		v.strictObject({
			id: Id,
			minutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(120)),
			boards: v.pipe(v.array(v.picklist(BOARD_TEMPLATE_IDS)), v.minLength(1)),
			title: LocalizedSchema,
			instructions: LocalizedSchema
		})
	)
});

/** The frontmatter of one locale's lesson file. */
export const LessonFrontmatterSchema = v.strictObject({
	id: Id,
	order: v.pipe(v.number(), v.integer(), v.minValue(1)),
	minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
	title: Text,
	summary: Text
});

/** `content/data/ssm-process.yaml`: the seven steps of the method. */
export const SsmProcessFileSchema = v.strictObject({
	steps: v.pipe(
		v.array(
			v.strictObject({
				id: Id,
				number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
				phase: v.picklist(['plan', 'execute', 'implement']),
				buying: LocalizedSchema,
				selling: LocalizedSchema,
				outcome: LocalizedSchema,
				stage: LocalizedSchema
			})
		),
		v.length(7, 'the method has exactly seven steps')
	)
});

/** A problem with a field, named by its dot path. */
export interface FieldIssue {
	/** Dot path of the field, e.g. `title.zh`, or `(file)` for the file as a whole. */
	field: string;
	/** What is wrong. */
	message: string;
}

/** Turns valibot issues into field issues with dot paths. */
export function fieldIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FieldIssue[] {
	return issues.map((issue) => {
		const path = v.getDotPath(issue);
		return { field: `${prefix}${path ?? '(root)'}`, message: issue.message };
	});
}

/** Parses YAML and validates it, reporting YAML syntax errors with their line. */
export function parseYaml<T>(
	text: string,
	schema: v.GenericSchema<unknown, T>,
	prefix = ''
): { ok: true; value: T } | { ok: false; issues: FieldIssue[] } {
	const doc = parseDocument(text, { prettyErrors: true });
	if (doc.errors.length) {
		return { ok: false, issues: doc.errors.map((e) => ({ field: `${prefix}(yaml)`, message: e.message })) };
	}
	const result = v.safeParse(schema, doc.toJS());
	return result.success ? { ok: true, value: result.output } : { ok: false, issues: fieldIssues(result.issues, prefix) };
}

/** Splits a Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}
