import { TEAM_ROLES } from '../method/team-roles';
import type { TeamMember, TeamRoles } from './records';
import { TEAM_ROLE_IDS, type TeamRoleId } from './role-ids';

/** A new id with a prefix: `t-…` for teams, `m-…` for members. */
export function newLocalId(
	prefix: 't' | 'm',
	random: () => number = Math.random,
	now: () => number = Date.now
): string {
	return `${prefix}-${now().toString(36)}${Math.floor(random() * 36 ** 4)
		.toString(36)
		.padStart(4, '0')}`;
}

/**
 * Gives the six roles at random: members are shuffled, then take the roles in the course's order,
 * one each; with fewer than six members some hold two roles, with more some hold none. Pure for a
 * given `random`.
 */
export function assignRandom(members: readonly TeamMember[], random: () => number = Math.random): TeamRoles['roles'] {
	if (!members.length) return {};
	const order = [...members];
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return Object.fromEntries(TEAM_ROLES.map((role, i) => [role.id, order[i % order.length]!.id]));
}

/**
 * Rotates roles for the next exercise: each role passes to the next member in the team's order, so
 * that over several exercises everyone plays every part. Roles held by members who left are given
 * to nobody. Pure.
 */
export function rotateRoles(roles: TeamRoles['roles'], members: readonly TeamMember[]): TeamRoles['roles'] {
	const ids = members.map((m) => m.id);
	const next: TeamRoles['roles'] = {};
	for (const role of TEAM_ROLE_IDS) {
		const index = roles[role] ? ids.indexOf(roles[role]) : -1;
		if (index >= 0) next[role] = ids[(index + 1) % ids.length];
	}
	return next;
}

/** The roles a member holds, in the course's order. Pure. */
export function rolesOf(memberId: string, roles: TeamRoles['roles']): TeamRoleId[] {
	return TEAM_ROLE_IDS.filter((role) => roles[role] === memberId);
}

/** Roles without the members who are no longer in the team. Pure. */
export function keepMembers(roles: TeamRoles['roles'], members: readonly TeamMember[]): TeamRoles['roles'] {
	const ids = new Set(members.map((m) => m.id));
	return Object.fromEntries(Object.entries(roles).filter(([, member]) => member && ids.has(member)));
}

/** The team-roles screen for the projector, from the saved teams and their roles. Pure. */
export function rolesScreenOf(
	teams: readonly { team: { name: string; members: readonly TeamMember[] }; roles?: TeamRoles }[]
): { kind: 'roles'; teams: { name: string; roles: { role: TeamRoleId; member: string }[] }[] } {
	return {
		kind: 'roles',
		teams: teams.slice(0, 12).map(({ team, roles }) => ({
			name: team.name.slice(0, 80),
			roles: TEAM_ROLE_IDS.flatMap((role) => {
				const member = team.members.find((m) => m.id === roles?.roles[role]);
				return member ? [{ role, member: member.name.slice(0, 80) }] : [];
			})
		}))
	};
}
