import { exerciseProgressKind } from '../progress/exercise-progress';
import { roleplayAttemptKind, roleplayResultKind } from '../roleplay/attempt';
import { lessonProgressKind } from '../progress/lesson-progress';
import { settingsKind } from '../settings/settings';
import type { AnyRecordKind } from './kind';

/** Every record kind the app saves. A new feature registers its kinds here. */
export const recordKinds: readonly AnyRecordKind[] = [
	settingsKind,
	lessonProgressKind,
	exerciseProgressKind,
	roleplayAttemptKind,
	roleplayResultKind
] as AnyRecordKind[];
