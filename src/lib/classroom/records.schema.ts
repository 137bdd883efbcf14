import * as v from 'valibot';
import { defineKind } from '../persistence/kind';
import { MAX_MEMBERS, MAX_NAME, type ObserverTick, type PresentSession, type Team, type TeamRoles } from './records';
import { TEAM_ROLE_IDS } from './role-ids';
import type { Screen } from './screens';
import { TimerStateSchema } from './timer.schema';

// The rules (schemas, migrations) of record kinds, loaded only when there is data to check: pages
// name the kinds by the references beside the types (see `kindRef`).

const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_NAME));
const LocalId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/));

/** The team record kind: name and members, one record per team. */
export const teamRecordKind = defineKind<Team>({
	kind: 'team',
	version: 1,
	schema: v.strictObject({
		name: Name,
		members: v.pipe(v.array(v.strictObject({ id: LocalId, name: Name })), v.maxLength(MAX_MEMBERS)),
		createdAt: v.pipe(v.string(), v.isoTimestamp())
	}),
	migrations: {}
});

/** The team-roles record kind: who holds which role, one record per team. */
export const teamRolesRecordKind = defineKind<TeamRoles>({
	kind: 'teamRoles',
	version: 1,
	schema: v.strictObject({
		roles: v.record(v.picklist(TEAM_ROLE_IDS), LocalId),
		round: v.pipe(v.number(), v.integer(), v.minValue(0))
	}),
	migrations: {}
});

/** The presenter-session record kind; only the presenter window writes it. */
export const presentSessionRecordKind = defineKind<PresentSession>({
	kind: 'presentSession',
	version: 1,
	schema: v.strictObject({
		deck: v.nullable(v.pipe(v.string(), v.maxLength(80))),
		slide: v.nullable(v.pipe(v.string(), v.maxLength(200))),
		// Checked in full (readScreen) when the presenter restores it; kept loose here so that the
		// registry every page loads does not carry every screen's schema.
		screen: v.looseObject({ kind: v.pipe(v.string(), v.maxLength(40)) }) as unknown as v.GenericSchema<Screen>,
		blank: v.boolean(),
		timer: TimerStateSchema
	}),
	migrations: {}
});

/** The observer-tick record kind: one record per ticked item; unticking removes it. */
export const observerTickRecordKind = defineKind<ObserverTick>({
	kind: 'observerTick',
	version: 1,
	schema: v.strictObject({ at: v.pipe(v.string(), v.isoTimestamp()) }),
	migrations: {}
});
