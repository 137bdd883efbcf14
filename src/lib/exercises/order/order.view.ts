import { shuffled } from '../shuffle';
import type { OrderAnswer, OrderItem, ResolvedOrder } from './order.types';

/** What the order component shows: the steps still to place (shuffled) and the sequence built so far. */
export interface OrderView {
	/** Steps not placed yet, in this attempt's shuffled order. */
	pool: OrderItem[];
	/** Steps placed, in the learner's order. */
	sequence: OrderItem[];
}

/** The view of an answer; the seed fixes the pool's order for one attempt. */
export function orderView(ex: ResolvedOrder, answer: OrderAnswer, seed: number): OrderView {
	const byId = new Map(ex.items.map((i) => [i.id, i]));
	const sequence = answer.sequence.map((id) => byId.get(id)).filter((i): i is OrderItem => i !== undefined);
	const placed = new Set(sequence.map((i) => i.id));
	return { pool: shuffled(ex.items, seed).filter((i) => !placed.has(i.id)), sequence };
}

/** Adds a step at the end of the sequence. */
export function placeStep(answer: OrderAnswer, id: string): OrderAnswer {
	return answer.sequence.includes(id) ? answer : { ...answer, sequence: [...answer.sequence, id] };
}

/** Takes a step out of the sequence, back to the pool (its mark goes with it). */
export function unplaceStep(answer: OrderAnswer, id: string): OrderAnswer {
	return { sequence: answer.sequence.filter((x) => x !== id), marks: answer.marks.filter((x) => x !== id) };
}

/** Moves a step one place earlier (`-1`) or later (`+1`); nothing happens at either end. */
export function moveStep(answer: OrderAnswer, id: string, by: -1 | 1): OrderAnswer {
	const from = answer.sequence.indexOf(id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= answer.sequence.length) return answer;
	const sequence = [...answer.sequence];
	[sequence[from], sequence[to]] = [sequence[to]!, sequence[from]!];
	return { ...answer, sequence };
}

/** Marks or unmarks a step. */
export function toggleMark(answer: OrderAnswer, id: string): OrderAnswer {
	return {
		...answer,
		marks: answer.marks.includes(id) ? answer.marks.filter((x) => x !== id) : [...answer.marks, id]
	};
}
