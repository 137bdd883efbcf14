import * as v from 'valibot';
import { fieldIssues, type FieldIssue } from '../content/content.schema';
import type { Localized } from '../i18n/locale';

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

/** What every exercise has, whatever its type. */
export interface ExerciseBase {
	/** Stable id, unique across the course; the last part of `/practice/<id>`. */
	id: string;
	/** The exercise type, which names its schema, grader and component. */
	type: (typeof EXERCISE_TYPES)[number];
	/** Position among the module's exercises, from 1. */
	order: number;
	/** The exercise title. */
	title: Localized;
	/** What the learner is asked to do. */
	instructions: Localized;
}

/** An exercise definition with its answer key (refined per type by the exercise engine). */
export type Exercise = ExerciseBase & Record<string, unknown>;

const BaseSchema = v.looseObject({ type: v.picklist(EXERCISE_TYPES) });

/**
 * Validates one exercise file. The exercise engine supplies a schema per type; until a type has
 * one, files of that type are refused so that nothing unchecked reaches a learner.
 */
export function parseExercise(data: unknown): { ok: true; value: Exercise } | { ok: false; issues: FieldIssue[] } {
	const base = v.safeParse(BaseSchema, data);
	if (!base.success) return { ok: false, issues: fieldIssues(base.issues) };
	return { ok: false, issues: [{ field: 'type', message: `exercise type ${base.output.type} has no schema yet` }] };
}
