import * as v from 'valibot';
import type { Localized } from '../../i18n/locale';
import type { PartialCredit, ResolvedBase } from '../base';
import { ChoiceMapSchema } from '../answer-schema';

/** An axis of the grid. */
export interface GridAxis {
	/** What it measures. */
	name: Localized;
	/** The low end. */
	low: Localized;
	/** The high end. */
	high: Localized;
}

/** A quadrant of the grid. */
export interface GridQuadrant {
	/** Stable id. */
	id: string;
	/** Its name. */
	name: Localized;
	/** Where it sits on the horizontal axis. */
	x: 'low' | 'high';
	/** Where it sits on the vertical axis. */
	y: 'low' | 'high';
}

/** A profile to place in one quadrant. */
export interface PlaceItem {
	/** Stable id. */
	id: string;
	/** The profile. */
	text: Localized;
	/** The id of the right quadrant. */
	quadrant: string;
	/** Quadrants that earn part of the credit. */
	partial: PartialCredit[];
	/** Why it belongs there. */
	explanation: Localized;
}

/** Place profiles on a 2×2 grid. */
export interface ResolvedPlace2x2 extends ResolvedBase {
	/** The type. */
	type: 'place2x2';
	/** The horizontal axis. */
	x: GridAxis;
	/** The vertical axis. */
	y: GridAxis;
	/** The four quadrants. */
	quadrants: GridQuadrant[];
	/** The profiles. */
	items: PlaceItem[];
}

/** The learner's answer: a quadrant id per profile id. */
export const Place2x2AnswerSchema = v.object({ choices: ChoiceMapSchema });

/** The learner's answer to a 2×2 placement. */
export type Place2x2Answer = v.InferOutput<typeof Place2x2AnswerSchema>;
