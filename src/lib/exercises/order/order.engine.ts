import type { Engine } from '../engine';
import { emptyOrderAnswer, gradeOrder, keyOrderAnswer } from './order.grade';
import { OrderAnswerSchema, type OrderAnswer, type ResolvedOrder } from './order.types';

/** The order type's engine: answer schema, empty answer, key and grader. */
export const orderEngine: Engine<ResolvedOrder, OrderAnswer> = {
	schema: OrderAnswerSchema,
	empty: emptyOrderAnswer,
	key: keyOrderAnswer,
	grade: gradeOrder
};
