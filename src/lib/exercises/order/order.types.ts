import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { ResolvedBase } from '../base';

/** A step to put in its place in a sequence. */
export interface OrderItem {
	/** Stable id. */
	id: string;
	/** The step. */
	text: Localized;
	/** Its rank: 1 comes first; steps of equal rank may come in either order. */
	rank: number;
	/** Whether the learner should mark it (e.g. a go/no-go point); false when the exercise has no marks. */
	mark: boolean;
	/** Where it belongs, in words (e.g. "Step 3 · R3"). */
	slot: Localized;
	/** Why it belongs there. */
	explanation: Localized;
}

/** Put steps in order, and optionally mark some of them. */
export interface ResolvedOrder extends ResolvedBase {
	/** The type. */
	type: 'order';
	/** The steps, in the key's order. */
	items: OrderItem[];
	/** What a mark means (e.g. "go/no-go decision"); absent when nothing is marked. */
	markLabel?: Localized;
}

/** The learner's answer: the steps placed so far, in order, and the marked steps. */
export const OrderAnswerSchema = v.object({ sequence: v.array(v.string()), marks: v.array(v.string()) });

/** The learner's answer to an order exercise. */
export type OrderAnswer = v.InferOutput<typeof OrderAnswerSchema>;
