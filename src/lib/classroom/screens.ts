import * as v from 'valibot';
import { TEAM_ROLE_IDS } from './role-ids';

// What the audience window can show. Each kind is a small, serialisable object with a `kind`; the
// audience draws it with the component registered for that kind (src/lib/components/present/
// screens.ts). A new kind of presented item (a live role-play, say) adds its schema to
// SCREEN_SCHEMAS and its component to that registry; the protocol, the channel, the presenter
// machine and the saved session take it as they are.

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
const ShortText = v.pipe(v.string(), v.maxLength(80));

/** Nothing chosen yet: the audience shows the course name and waits. */
export const IdleScreenSchema = v.strictObject({ kind: v.literal('idle') });

/** A slide of a module's deck. */
export const SlideScreenSchema = v.strictObject({
	kind: v.literal('slide'),
	/** The module whose deck it is. */
	deck: Id,
	/** The slide id within the deck (`module`, `<lesson>/<section>`, `exercise`). */
	slide: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}(\/[a-z0-9][a-z0-9-]{0,79})?$/))
});

/** The exercise timer, full screen. */
export const TimerScreenSchema = v.strictObject({ kind: v.literal('timer') });

/** The teams and who holds which role. */
export const RolesScreenSchema = v.strictObject({
	kind: v.literal('roles'),
	teams: v.pipe(
		v.array(
			v.strictObject({
				name: ShortText,
				roles: v.pipe(v.array(v.strictObject({ role: v.picklist(TEAM_ROLE_IDS), member: ShortText })), v.maxLength(6))
			})
		),
		v.maxLength(12)
	)
});

/** The SAM/TIM role-play brief: the sales rep's objectives, for the whole room. */
export const SamTimBriefScreenSchema = v.strictObject({ kind: v.literal('sam-tim-brief') });

/** The SAM/TIM debrief: what the observers ticked against the answer key. */
export const SamTimDebriefScreenSchema = v.strictObject({
	kind: v.literal('sam-tim-debrief'),
	/** The observer checklist items ticked. */
	ticked: v.pipe(v.array(Id), v.maxLength(100))
});

/** The most choices a live role-play screen carries; a meeting never gets near it. */
export const MAX_LIVE_CHOICES = 200;

/**
 * A live role-play on the projector: which scenario, the seed that fixes the choices' order, the
 * mode, and the choices the room made, in order. The audience replays them through the dialogue
 * rules, so the message stays small and the same choices always give the same screen.
 */
export const RoleplayScreenSchema = v.strictObject({
	kind: v.literal('roleplay'),
	/** The scenario's id. */
	scenario: Id,
	/** The seed of the choices' order. */
	seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
	/** Coach mode shows meters and feedback after each choice; assessment keeps them for the end. */
	mode: v.picklist(['coach', 'assessment']),
	/** The choice ids the room chose, in order. */
	choices: v.pipe(v.array(Id), v.maxLength(MAX_LIVE_CHOICES)),
	/** What to show: the briefing (before the first choice), the meeting (the default) or the debrief. */
	view: v.optional(v.picklist(['briefing', 'meeting', 'debrief']))
});

/** Every kind of screen, in one list: extend it to present something new. */
export const SCREEN_SCHEMAS = [
	IdleScreenSchema,
	SlideScreenSchema,
	TimerScreenSchema,
	RolesScreenSchema,
	SamTimBriefScreenSchema,
	SamTimDebriefScreenSchema,
	RoleplayScreenSchema
] as const;

/** A screen of any kind. */
export const ScreenSchema = v.variant('kind', SCREEN_SCHEMAS);

/** What the audience window shows. */
export type Screen = v.InferOutput<typeof ScreenSchema>;

/** The kind of a screen. */
export type ScreenKind = Screen['kind'];

/** The screen of a given kind. */
export type ScreenOf<K extends ScreenKind> = Extract<Screen, { kind: K }>;

/** The screen, if the data is a valid screen of a known kind. Pure. */
export function readScreen(data: unknown): Screen | undefined {
	const result = v.safeParse(ScreenSchema, data);
	return result.success ? result.output : undefined;
}
