import {
	teamKind,
	teamRecordId,
	teamRolesKind,
	teamRolesRecordId,
	type Team,
	type TeamRoles
} from '$lib/classroom/records';
import type { TeamRoleId } from '$lib/classroom/role-ids';
import { assignRandom, keepMembers, newLocalId, rotateRoles } from '$lib/classroom/teams';
import { app } from '../app.svelte';
import { removeOwnerBoards } from '../boards/board-store';

async function store() {
	return app.start();
}

/** Creates a team and returns its id. */
export async function createTeam(name: string): Promise<string> {
	const id = newLocalId('t');
	await (await store()).put(teamKind, teamRecordId(id), { name, members: [], createdAt: new Date().toISOString() });
	return id;
}

/** Saves a team's name and members; roles of members who left are dropped. */
export async function saveTeam(id: string, team: Team): Promise<void> {
	const s = await store();
	await s.put(teamKind, teamRecordId(id), team);
	const roles = s.get(teamRolesKind, teamRolesRecordId(id));
	if (roles) {
		const kept = keepMembers(roles.roles, team.members);
		if (Object.keys(kept).length !== Object.keys(roles.roles).length) {
			await s.put(teamRolesKind, teamRolesRecordId(id), { ...roles, roles: kept });
		}
	}
}

async function saveRoles(id: string, change: (current: TeamRoles) => TeamRoles): Promise<void> {
	const s = await store();
	const current = s.get(teamRolesKind, teamRolesRecordId(id)) ?? { roles: {}, round: 0 };
	await s.put(teamRolesKind, teamRolesRecordId(id), change(current));
}

/** Gives one role to a member, or to nobody. */
export function setRole(id: string, role: TeamRoleId, member: string | undefined): Promise<void> {
	return saveRoles(id, (current) => {
		const roles = { ...current.roles };
		if (member) roles[role] = member;
		else delete roles[role];
		return { ...current, roles };
	});
}

/** Gives the six roles at random. */
export function randomRoles(id: string, team: Team): Promise<void> {
	return saveRoles(id, (current) => ({ roles: assignRandom(team.members), round: current.round + 1 }));
}

/** Passes each role to the next member, for the next exercise. */
export function rotate(id: string, team: Team): Promise<void> {
	return saveRoles(id, (current) => ({ roles: rotateRoles(current.roles, team.members), round: current.round + 1 }));
}

/** Deletes a team with its roles and boards. */
export async function deleteTeam(id: string): Promise<void> {
	const s = await store();
	await removeOwnerBoards(id);
	await s.remove(teamRolesRecordId(id));
	await s.remove(teamRecordId(id));
}

/** A new member id. */
export function newMemberId(): string {
	return newLocalId('m');
}
