import * as v from 'valibot';
import { defineKind } from '../persistence/kind';
import type { ExerciseProgress } from './exercise-progress';

// The rules (schemas, migrations) of record kinds, loaded only when there is data to check: pages
// name the kinds by the references beside the types (see `kindRef`).

/** The exercise-progress record kind. */
export const exerciseProgressRecordKind = defineKind<ExerciseProgress>({
	kind: 'exerciseProgress',
	version: 1,
	schema: v.object({
		best: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
		last: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
		attempts: v.pipe(v.number(), v.integer(), v.minValue(1)),
		answer: v.unknown(),
		checkedAt: v.pipe(v.string(), v.isoTimestamp())
	}),
	migrations: {}
});
