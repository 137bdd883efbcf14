import { gradeOf, itemResult, joinLocalized, type GradeResult } from '../common';
import type { OrderAnswer, ResolvedOrder } from './order.types';

/** An answer with no step placed. */
export function emptyOrderAnswer(): OrderAnswer {
	return { sequence: [], marks: [] };
}

/** The answer key as an answer. */
export function keyOrderAnswer(ex: ResolvedOrder): OrderAnswer {
	const sorted = [...ex.items].sort((a, b) => a.rank - b.rank);
	return { sequence: sorted.map((i) => i.id), marks: ex.items.filter((i) => i.mark).map((i) => i.id) };
}

/**
 * The positions of the longest subsequence whose ranks never go down: the steps that are in order
 * relative to each other. Moving one step to a wrong place then costs one step, not all that follow.
 */
export function inOrderPositions(ranks: readonly number[]): Set<number> {
	const n = ranks.length;
	const length = new Array<number>(n).fill(1);
	const previous = new Array<number>(n).fill(-1);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < i; j++) {
			if (ranks[j]! <= ranks[i]! && length[j]! + 1 > length[i]!) {
				length[i] = length[j]! + 1;
				previous[i] = j;
			}
		}
	}
	let end = -1;
	for (let i = 0; i < n; i++) if (end < 0 || length[i]! > length[end]!) end = i;
	const kept = new Set<number>();
	for (let i = end; i >= 0; i = previous[i]!) kept.add(i);
	return kept;
}

/**
 * Grades an order answer. A placed step is right when it is in order with the longest run of steps
 * that are; unplaced steps score nothing. With marks, order and mark count half each.
 */
export function gradeOrder(ex: ResolvedOrder, answer: OrderAnswer): GradeResult {
	const byId = new Map(ex.items.map((i) => [i.id, i]));
	const sequence = [...new Set(answer.sequence)].filter((id) => byId.has(id));
	const kept = inOrderPositions(sequence.map((id) => byId.get(id)!.rank));
	const inOrder = new Set(sequence.filter((_, i) => kept.has(i)));
	const marked = new Set(answer.marks);
	const marks = ex.markLabel !== undefined;
	return gradeOf(
		ex.items.map((item) => {
			const placed = sequence.includes(item.id);
			const orderScore = inOrder.has(item.id) ? 1 : 0;
			const markScore = marked.has(item.id) === item.mark ? 1 : 0;
			const score = !placed ? 0 : marks ? (orderScore + markScore) / 2 : orderScore;
			const expected = marks && item.mark ? joinLocalized([item.slot, ex.markLabel!]) : item.slot;
			return itemResult(item.id, score, placed, expected, item.explanation);
		})
	);
}
