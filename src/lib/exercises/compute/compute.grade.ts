import { gradeOf, itemResult, own, type GradeResult } from '../common';
import { parseNumber, quantity } from './compute.format';
import type { ComputeAnswer, ResolvedCompute } from './compute.types';

/** An answer with every field empty. */
export function emptyComputeAnswer(): ComputeAnswer {
	return { values: {} };
}

/** The answer key as an answer. */
export function keyComputeAnswer(ex: ResolvedCompute): ComputeAnswer {
	return {
		values: Object.fromEntries(ex.fields.map((f) => [f.id, f.kind === 'number' ? String(f.answer) : f.answer]))
	};
}

/** Grades the fields: a number counts when it is within the tolerance, a choice when it is the right one. */
export function gradeCompute(ex: ResolvedCompute, answer: ComputeAnswer): GradeResult {
	return gradeOf(
		ex.fields.map((field) => {
			const given = (own(answer.values, field.id) ?? '').trim();
			if (field.kind === 'choice') {
				const expected = field.options.find((o) => o.id === field.answer)!.text;
				return itemResult(field.id, given === field.answer ? 1 : 0, given !== '', expected, field.explanation);
			}
			const value = parseNumber(given);
			const right = value !== undefined && Math.abs(value - field.answer) <= field.tolerance + 1e-9;
			const expected = quantity(field.answer, field.unit, field.decimals);
			return itemResult(field.id, right ? 1 : 0, given !== '', expected, field.explanation);
		})
	);
}
