import type { FieldIssue } from '../content/content.schema';
import type { Localized } from '../i18n/locale';

/** An option the learner can choose: a category, a phrase, a person, a rating. */
export interface Choice {
	/** Stable id, unique within its list. */
	id: string;
	/** What the learner reads. */
	text: Localized;
	/** A short mark shown before the text, such as a letter or an organisation-map symbol. */
	symbol?: string;
}

/** How one item of an answer fared. */
export type Verdict = 'correct' | 'partial' | 'wrong' | 'missing';

/** The grade of one item: its score, the verdict, the right answer and why. */
export interface ItemResult {
	/** The item's id (an item, a prompt, a blank, a criterion, a field …). */
	id: string;
	/** From 0 to 1. */
	score: number;
	/** Correct, partly right, wrong, or not answered. */
	verdict: Verdict;
	/** The right answer in words. */
	expected: Localized;
	/** Why that is the right answer. */
	explanation: Localized;
}

/** The grade of a whole answer. */
export interface GradeResult {
	/** The mean of the item scores, from 0 to 1. */
	score: number;
	/** One result per item, in the exercise's own item order. */
	items: ItemResult[];
}

/** The verdict for a score; unanswered items are `missing` whatever their score. */
export function verdictOf(score: number, answered: boolean): Verdict {
	if (!answered) return 'missing';
	if (score >= 1 - 1e-9) return 'correct';
	return score > 0 ? 'partial' : 'wrong';
}

/** One item's result. */
export function itemResult(
	id: string,
	score: number,
	answered: boolean,
	expected: Localized,
	explanation: Localized
): ItemResult {
	const bounded = Math.min(1, Math.max(0, score));
	return { id, score: bounded, verdict: verdictOf(bounded, answered), expected, explanation };
}

/** The whole grade: the mean of the item scores (0 when there are no items). */
export function gradeOf(items: ItemResult[]): GradeResult {
	const score = items.length ? items.reduce((sum, i) => sum + i.score, 0) / items.length : 0;
	return { score, items };
}

/** Joins texts in both languages with separators of each language. */
export function joinLocalized(parts: readonly Localized[], separator: Localized = { en: ' · ', zh: ' · ' }): Localized {
	return {
		en: parts.map((p) => p.en).join(separator.en),
		zh: parts.map((p) => p.zh).join(separator.zh)
	};
}

/** `label: value` in both languages (a full-width colon in Chinese). */
export function labelled(label: Localized, value: Localized): Localized {
	return { en: `${label.en}: ${value.en}`, zh: `${label.zh}：${value.zh}` };
}

/** Reads an own property of a record, ignoring anything inherited. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
	return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A stable id made from an English text: lower case, words joined by dashes. */
export function slugOf(text: string): string {
	return text
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Reports ids used more than once in a list. */
export function duplicateIds(ids: readonly string[], field: string): FieldIssue[] {
	const seen = new Set<string>();
	const issues: FieldIssue[] = [];
	for (const id of ids) {
		if (seen.has(id)) issues.push({ field, message: `id ${id} is used twice` });
		seen.add(id);
	}
	return issues;
}
