import { boardEntryKind } from '../boards/board-entry';
import { observerTickKind, presentSessionKind, teamKind, teamRolesKind } from '../classroom/records';
import { exerciseProgressKind } from '../progress/exercise-progress';
import { roleplayAttemptKind, roleplayResultKind } from '../roleplay/attempt';
import { lessonProgressKind } from '../progress/lesson-progress';
import { settingsKind } from '../settings/settings';
import type { KindRef } from './kind';

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
