import type { TeamRoleId } from './role-ids';
import type { Screen } from './screens';
import { DEFAULT_TIMER, type TimerState } from './timer';

// The saved-record kinds of the classroom, kept apart from the classroom's texts and logic so that
// the registry every page loads stays small.

/** A member of a team. */
export interface TeamMember {
	/** Stable id, generated when the member is added. */
	id: string;
	/** The member's name as typed. */
	name: string;
}

/** A team of the room, with its members. */
export interface Team {
	/** The team's name. */
	name: string;
	/** Its members, in the order they were added (roles rotate in this order). */
	members: TeamMember[];
	/** When the team was created, for listing teams in order. */
	createdAt: string;
}

/** The roles a team holds for an exercise. */
export interface TeamRoles {
	/** The member holding each role; a role nobody holds is absent. */
	roles: Partial<Record<TeamRoleId, string>>;
	/** How many times roles have been given or rotated; shown as the round number. */
	round: number;
}

/** The longest team or member name. */
export const MAX_NAME = 60;
/** The most members a team can have. */
export const MAX_MEMBERS = 12;

/** The record id of a team. */
export function teamRecordId(teamId: string): string {
	return `team:${teamId}`;
}

/** The record id of a team's roles. */
export function teamRolesRecordId(teamId: string): string {
	return `team-roles:${teamId}`;
}

/** The team id in a team record id, or undefined. */
export function teamIdOf(recordId: string): string | undefined {
	return /^team:(.+)$/.exec(recordId)?.[1];
}

/** The presenter's state, saved so that a reloaded presenter window carries on where it was. */
export interface PresentSession {
	/** The module whose deck is open, if any. */
	deck: string | null;
	/** The current slide of that deck. */
	slide: string | null;
	/** What the audience window shows. */
	screen: Screen;
	/** Whether the audience screen is blanked. */
	blank: boolean;
	/** The exercise timer. */
	timer: TimerState;
}

/** The record id of the presenter session (one per browser: one instructor laptop). */
export const PRESENT_SESSION_ID = 'present:session';

/** A session with nothing open. */
export const EMPTY_SESSION: PresentSession = {
	deck: null,
	slide: null,
	screen: { kind: 'idle' },
	blank: false,
	timer: DEFAULT_TIMER
};

/** An observer's tick on one checklist item. */
export interface ObserverTick {
	/** When it was ticked. */
	at: string;
}

/** The record id of a tick. */
export function observerTickId(itemId: string): string {
	return `observer:sam-tim/${itemId}`;
}

/** The item id of a tick record id, or undefined. */
export function tickItemOf(recordId: string): string | undefined {
	return /^observer:sam-tim\/(.+)$/.exec(recordId)?.[1];
}

// The kinds' references live in the registry, so that the store every page loads does not carry
// this module.
export { teamKind, teamRolesKind, presentSessionKind, observerTickKind } from '../persistence/registry';
