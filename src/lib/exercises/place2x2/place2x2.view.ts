import type { GridQuadrant, Place2x2Answer, PlaceItem, ResolvedPlace2x2 } from './place2x2.types';
import { own } from '../common';

/** The quadrants as drawn: the top row is high on the vertical axis, the left column low on the horizontal one. */
export function gridRows(ex: ResolvedPlace2x2): [GridQuadrant[], GridQuadrant[]] {
	const at = (x: 'low' | 'high', y: 'low' | 'high') => ex.quadrants.find((q) => q.x === x && q.y === y)!;
	return [
		[at('low', 'high'), at('high', 'high')],
		[at('low', 'low'), at('high', 'low')]
	];
}

/** The profiles the learner placed in a quadrant. */
export function placedIn(ex: ResolvedPlace2x2, answer: Place2x2Answer, quadrantId: string): PlaceItem[] {
	return ex.items.filter((i) => own(answer.choices, i.id) === quadrantId);
}
