import type { Locale, Localized } from '../../i18n/locale';
import { gradeOf, itemResult, joinLocalized, labelled, own, type GradeResult } from '../common';
import type { ResolvedStatement, StatementAnswer, StatementItem } from './statement.types';

/** An answer with nothing chosen. */
export function emptyStatementAnswer(): StatementAnswer {
	return { choices: {} };
}

/** The answer key as an answer. */
export function keyStatementAnswer(ex: ResolvedStatement): StatementAnswer {
	return { choices: Object.fromEntries(ex.items.map((i) => [i.id, { ...i.key }])) };
}

/** The template filled with the chosen phrases; a part not chosen yet shows as `blank`. */
export function fillTemplate(
	ex: ResolvedStatement,
	item: StatementItem,
	chosen: Readonly<Record<string, string>>,
	blank: Localized
): Localized {
	const fill = (locale: Locale) =>
		ex.template[locale].replace(/\{([a-z0-9-]+)\}/g, (_, partId: string) => {
			const option = item.options[partId]?.find((o) => o.id === own(chosen, partId));
			return option ? option.text[locale] : blank[locale];
		});
	return { en: fill('en'), zh: fill('zh') };
}

/** Grades built statements: each earns the share of its parts chosen right. */
export function gradeStatement(ex: ResolvedStatement, answer: StatementAnswer): GradeResult {
	return gradeOf(
		ex.items.map((item) => {
			const chosen = own(answer.choices, item.id) ?? {};
			const right = ex.parts.filter((p) => own(chosen, p.id) === item.key[p.id]).length;
			const answered = ex.parts.some((p) => own(chosen, p.id) !== undefined);
			const labels = ex.parts
				.filter((p) => p.label)
				.map((p) => labelled(p.name, item.options[p.id]!.find((o) => o.id === item.key[p.id])!.text));
			const expected = joinLocalized([fillTemplate(ex, item, item.key, { en: '…', zh: '…' }), ...labels]);
			return itemResult(item.id, right / ex.parts.length, answered, expected, item.explanation);
		})
	);
}
