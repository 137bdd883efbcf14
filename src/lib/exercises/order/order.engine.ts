import type { Engine } from '../engine';
import { emptyOrderAnswer, gradeOrder, keyOrderAnswer } from './order.grade';
import type { OrderAnswer, ResolvedOrder } from './order.types';

/** The order type's engine: empty answer, key, grader, and the answer schema on demand. */
export const orderEngine: Engine<ResolvedOrder, OrderAnswer> = {
	answerSchema: () => import('./order.types').then((types) => types.OrderAnswerSchema),
	empty: emptyOrderAnswer,
	key: keyOrderAnswer,
	grade: gradeOrder
};
