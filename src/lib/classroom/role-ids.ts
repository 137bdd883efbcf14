import type { TeamRole } from '../method/team-roles';

/** A team role id. */
export type TeamRoleId = TeamRole['id'];

/**
 * The team role ids in the course's order, without their texts, so that schemas and saved-record
 * kinds do not pull the role descriptions into every page (a unit test keeps it equal to TEAM_ROLES).
 */
export const TEAM_ROLE_IDS = [
	'captain',
	'timekeeper',
	'owner',
	'recorder',
	'customer',
	'dissent'
] as const satisfies readonly [TeamRoleId, ...TeamRoleId[]];
