import {
	teamKind,
	teamRolesKind,
	teamRolesRecordId,
	teamIdOf,
	type Team,
	type TeamRoles
} from '$lib/classroom/records';
import { rolesScreenOf } from '$lib/classroom/teams';
import { app } from '../app.svelte';

/** A saved team with its id and roles. */
export interface TeamEntry {
	/** The team id. */
	id: string;
	/** The team. */
	team: Team;
	/** Its roles, if given. */
	roles?: TeamRoles;
}

/** Every saved team, oldest first, with its roles: reactive inside `$derived`. */
export function listTeams(): TeamEntry[] {
	return app
		.list(teamKind)
		.map(({ id, data }) => {
			const teamId = teamIdOf(id)!;
			return { id: teamId, team: data, roles: app.read(teamRolesKind, teamRolesRecordId(teamId)) };
		})
		.sort((a, b) => (a.team.createdAt < b.team.createdAt ? -1 : a.team.createdAt > b.team.createdAt ? 1 : 0));
}

/** The team-roles screen from what is saved now. */
export function currentRolesScreen() {
	return rolesScreenOf(listTeams());
}
