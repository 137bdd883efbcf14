import * as v from 'valibot';
import { fieldIssues, type FieldIssue } from '../content/content.schema';
import type { Localized } from '../i18n/locale';
import { ChainDefSchema } from './chain/chain.def';
import { ClassifyDefSchema } from './classify/classify.def';
import { ComputeDefSchema } from './compute/compute.def';
import { MatchDefSchema } from './match/match.def';
import { OrderDefSchema } from './order/order.def';
import { Place2x2DefSchema } from './place2x2/place2x2.def';
import { RateDefSchema } from './rate/rate.def';
import { StatementDefSchema } from './statement/statement.def';
import { TemplateDefSchema } from './template/template.def';
import { TreeDefSchema } from './tree/tree.def';

/** The exercise types of the course. */
export const EXERCISE_TYPES = [
	'classify',
	'order',
	'match',
	'place2x2',
	'statement',
	'chain',
	'template',
	'rate',
	'tree',
	'compute'
] as const;

/** An exercise type. */
export type ExerciseType = (typeof EXERCISE_TYPES)[number];

/** What every exercise has, whatever its type. */
export interface ExerciseBase {
	/** Stable id, unique across the course; the last part of `/practice/<id>`. */
	id: string;
	/** The exercise type, which names its schema, grader and component. */
	type: ExerciseType;
	/** Position among the module's exercises, from 1. */
	order: number;
	/** The exercise title. */
	title: Localized;
	/** What the learner is asked to do. */
	instructions: Localized;
}

/** Every exercise file's schema, chosen by its `type`. */
export const ExerciseSchema = v.variant('type', [
	ClassifyDefSchema,
	OrderDefSchema,
	MatchDefSchema,
	Place2x2DefSchema,
	StatementDefSchema,
	ChainDefSchema,
	TemplateDefSchema,
	RateDefSchema,
	TreeDefSchema,
	ComputeDefSchema
]);

/**
 * An exercise definition as written in `content/modules/<module>/exercises/<id>.yaml`, with its
 * answer key or the case facts it refers to. `resolveExercise` turns it into what a learner sees.
 */
export type Exercise = v.InferOutput<typeof ExerciseSchema>;

/** Validates one exercise file against the schema of its type; every problem names its field. */
export function parseExercise(data: unknown): { ok: true; value: Exercise } | { ok: false; issues: FieldIssue[] } {
	const result = v.safeParse(ExerciseSchema, data);
	return result.success ? { ok: true, value: result.output } : { ok: false, issues: fieldIssues(result.issues) };
}
