import * as v from 'valibot';
import { defineKind } from '../persistence/kind';
import type { TranscriptEntry } from './dialogue-rules';
import type { RoleplayAttempt, RoleplayResult } from './attempt';

// The rules (schemas, migrations) of record kinds, loaded only when there is data to check: pages
// name the kinds by the references beside the types (see `kindRef`).

const LocalizedSchema = v.object({ en: v.string(), zh: v.string() });
const Timestamp = v.pipe(v.string(), v.isoTimestamp());
const ModeSchema = v.picklist(['coach', 'assessment']);

/** The record kind of role-plays in progress, one per scenario. */
export const roleplayAttemptRecordKind = defineKind<RoleplayAttempt>({
	kind: 'roleplayAttempt',
	version: 1,
	schema: v.object({
		attemptId: v.pipe(v.string(), v.minLength(1)),
		scenarioId: v.pipe(v.string(), v.minLength(1)),
		version: v.string(),
		mode: ModeSchema,
		seed: v.pipe(v.number(), v.integer()),
		startedAt: Timestamp,
		started: v.boolean(),
		choices: v.array(v.string()),
		phase: v.picklist(['briefing', 'meeting', 'ended', 'debrief']),
		snapshot: v.unknown()
	}),
	migrations: {}
});

/** The record kind of finished role-plays, one per attempt. */
export const roleplayResultRecordKind = defineKind<RoleplayResult>({
	kind: 'roleplayResult',
	version: 1,
	schema: v.object({
		attemptId: v.pipe(v.string(), v.minLength(1)),
		scenarioId: v.pipe(v.string(), v.minLength(1)),
		scenarioTitle: LocalizedSchema,
		version: v.string(),
		mode: ModeSchema,
		seed: v.pipe(v.number(), v.integer()),
		ending: v.string(),
		endingKind: v.picklist(['customer-ends', 'time-up', 'closed-no-step', 'closed-next-step']),
		endingTitle: LocalizedSchema,
		rubric: v.array(
			v.object({
				id: v.string(),
				label: LocalizedSchema,
				score: v.pipe(v.number(), v.minValue(0)),
				max: v.pipe(v.number(), v.minValue(1))
			})
		),
		total: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
		startedAt: Timestamp,
		finishedAt: Timestamp,
		durationMs: v.pipe(v.number(), v.minValue(0)),
		meetingMinutes: v.pipe(v.number(), v.minValue(0)),
		choices: v.array(v.string()),
		transcript: v.array(v.custom<TranscriptEntry>((x) => typeof x === 'object' && x !== null && 'type' in x)),
		tasks: v.record(
			v.string(),
			v.object({
				answer: v.unknown(),
				score: v.number(),
				max: v.number(),
				checkedAt: Timestamp
			})
		)
	}),
	migrations: {}
});
