import { gradeOf, itemResult, joinLocalized, labelled, own, type Choice, type GradeResult } from '../common';
import type { ChainAnswer, ChainField, ResolvedChain } from './chain.types';

/** An answer with nothing decided. */
export function emptyChainAnswer(): ChainAnswer {
	return { choices: {} };
}

/** The answer key as an answer. */
export function keyChainAnswer(ex: ResolvedChain): ChainAnswer {
	return { choices: Object.fromEntries(ex.nodes.map((n) => [n.id, { ...n.key }])) };
}

/** The credit for one field: 1 when right, half for a neighbour on a scale, else nothing. */
export function fieldCredit(field: ChainField, chosen: string | undefined, key: string): number {
	if (chosen === key) return 1;
	if (!field.scale || chosen === undefined) return 0;
	const distance = Math.abs(
		field.options.findIndex((o) => o.id === chosen) - field.options.findIndex((o) => o.id === key)
	);
	return field.options.some((o) => o.id === chosen) && distance === 1 ? 0.5 : 0;
}

/** An option's text with its symbol, e.g. "* Sponsor". */
export function choiceLabel(choice: Choice): Choice['text'] {
	return choice.symbol
		? { en: `${choice.symbol} ${choice.text.en}`, zh: `${choice.symbol} ${choice.text.zh}` }
		: choice.text;
}

/** Grades a chain: each node earns the mean credit of its fields. */
export function gradeChain(ex: ResolvedChain, answer: ChainAnswer): GradeResult {
	return gradeOf(
		ex.nodes.map((node) => {
			const chosen = own(answer.choices, node.id) ?? {};
			const credit = ex.fields.reduce((sum, f) => sum + fieldCredit(f, own(chosen, f.id), node.key[f.id]!), 0);
			const answered = ex.fields.some((f) => own(chosen, f.id) !== undefined);
			const expected = joinLocalized(
				ex.fields.map((f) => labelled(f.name, choiceLabel(f.options.find((o) => o.id === node.key[f.id])!))),
				{ en: '; ', zh: '；' }
			);
			return itemResult(node.id, credit / ex.fields.length, answered, expected, node.explanation);
		})
	);
}
