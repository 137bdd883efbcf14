import { lessonProgressKind } from '../progress/lesson-progress';
import { settingsKind } from '../settings/settings';
import { kindRef, type KindRef } from './kind';
import type { Team, TeamRoles, PresentSession, ObserverTick } from '../classroom/records';
import type { RoleplayAttempt, RoleplayResult } from '../roleplay/attempt';
import type { ExerciseProgress } from '../progress/exercise-progress';
import type { BoardEntry } from '../boards/board-entry';

/** The team record kind: name and members, one record per team. */
export const teamKind = kindRef<Team>('team', () =>
	import('../classroom/records.schema').then((m) => m.teamRecordKind)
);

/** The team-roles record kind: who holds which role, one record per team. */
export const teamRolesKind = kindRef<TeamRoles>('teamRoles', () =>
	import('../classroom/records.schema').then((m) => m.teamRolesRecordKind)
);

/** The presenter-session record kind; only the presenter window writes it. */
export const presentSessionKind = kindRef<PresentSession>('presentSession', () =>
	import('../classroom/records.schema').then((m) => m.presentSessionRecordKind)
);

/** The observer-tick record kind: one record per ticked item; unticking removes it. */
export const observerTickKind = kindRef<ObserverTick>('observerTick', () =>
	import('../classroom/records.schema').then((m) => m.observerTickRecordKind)
);

/** The record kind of role-plays in progress, one per scenario. */
export const roleplayAttemptKind = kindRef<RoleplayAttempt>('roleplayAttempt', () =>
	import('../roleplay/attempt.schema').then((m) => m.roleplayAttemptRecordKind)
);

/** The record kind of finished role-plays, one per attempt. */
export const roleplayResultKind = kindRef<RoleplayResult>('roleplayResult', () =>
	import('../roleplay/attempt.schema').then((m) => m.roleplayResultRecordKind)
);

/** The exercise-progress record kind. */
export const exerciseProgressKind = kindRef<ExerciseProgress>('exerciseProgress', () =>
	import('../progress/exercise-progress.schema').then((m) => m.exerciseProgressRecordKind)
);

/** The board-entry record kind: one record per field, per table cell and per table row. */
export const boardEntryKind = kindRef<BoardEntry>('boardEntry', () =>
	import('../boards/board-entry.schema').then((m) => m.boardEntryRecordKind)
);

/** Every record kind the app saves. A new feature registers its kinds here. */
export const recordKinds: readonly KindRef<unknown>[] = [
	settingsKind,
	lessonProgressKind,
	exerciseProgressKind,
	teamKind,
	teamRolesKind,
	presentSessionKind,
	observerTickKind,
	boardEntryKind,
	roleplayAttemptKind,
	roleplayResultKind
] as KindRef<unknown>[];
