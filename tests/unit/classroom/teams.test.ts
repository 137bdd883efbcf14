import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TEAM_ROLES } from '$lib/method/team-roles';
import { TEAM_ROLE_IDS } from '$lib/classroom/role-ids';
import { teamRecordKind, teamRolesRecordKind } from '$lib/classroom/records.schema';
import { assignRandom, keepMembers, newLocalId, rolesOf, rotateRoles } from '$lib/classroom/teams';

const members = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m-${i}`, name: `Member ${i}` }));
const seq = (values: number[]) => {
	let i = 0;
	return () => values[i++ % values.length]!;
};

describe('team roles', () => {
	it('lists the six roles of the course in order', () => {
		expect([...TEAM_ROLE_IDS]).toEqual(TEAM_ROLES.map((r) => r.id));
	});

	it('gives every role to someone, and everyone a role, in a team of six', () => {
		const roles = assignRandom(members(6), seq([0.9, 0.1, 0.5, 0.3, 0.7]));
		expect(Object.keys(roles)).toEqual([...TEAM_ROLE_IDS]);
		expect(new Set(Object.values(roles)).size).toBe(6);
	});

	it('doubles roles up in a team of four and leaves extra members without one in a team of eight', () => {
		const four = assignRandom(members(4), Math.random);
		expect(Object.keys(four)).toHaveLength(6);
		for (const m of members(4)) expect(rolesOf(m.id, four).length).toBeGreaterThanOrEqual(1);
		const eight = assignRandom(members(8), Math.random);
		expect(new Set(Object.values(eight)).size).toBe(6);
		expect(assignRandom([], Math.random)).toEqual({});
	});

	it('rotates each role to the next member, wrapping round, so everyone plays every part', () => {
		const team = members(6);
		let roles = Object.fromEntries(TEAM_ROLE_IDS.map((r, i) => [r, `m-${i}`]));
		roles = rotateRoles(roles, team);
		expect(roles.captain).toBe('m-1');
		expect(roles.dissent).toBe('m-0');
		const seen = new Set<string>();
		for (let i = 0; i < 6; i++) {
			seen.add(roles.captain!);
			roles = rotateRoles(roles, team);
		}
		expect(seen.size).toBe(6);
	});

	it('drops roles of members who left', () => {
		const roles = { captain: 'm-0', recorder: 'm-9' };
		expect(keepMembers(roles, members(3))).toEqual({ captain: 'm-0' });
		expect(rotateRoles(roles, members(3))).toEqual({ captain: 'm-1' });
	});

	it('makes ids the saved records accept', () => {
		const id = newLocalId('t');
		expect(id).toMatch(/^t-[a-z0-9]+$/);
		expect(
			v.is(teamRecordKind.schema, {
				name: 'Falcons',
				members: [{ id: newLocalId('m'), name: 'Li Wei' }],
				createdAt: new Date().toISOString()
			})
		).toBe(true);
		expect(v.is(teamRolesRecordKind.schema, { roles: { captain: newLocalId('m') }, round: 1 })).toBe(true);
		expect(v.is(teamRolesRecordKind.schema, { roles: { boss: 'm-1' }, round: 1 })).toBe(false);
	});
});
