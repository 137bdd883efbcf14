import * as v from 'valibot';
import { ScreenSchema, type Screen } from './screens';
import type { TimerState } from './timer';
import { TimerStateSchema } from './timer.schema';

/** The BroadcastChannel both windows join. */
export const PRESENT_CHANNEL = 'ssm-trainer.present';
/** The namespace every message carries, so that other traffic on the channel is ignored. */
export const PRESENT_NS = 'ssm-trainer/present';
/** The protocol version; messages of another version are ignored, and both windows of one build agree. */
export const PRESENT_VERSION = 1;

/** Everything the audience window needs to draw: small, serialisable, validated. */
export interface AudienceState {
	/** What to show. */
	screen: Screen;
	/** Whether the screen is blanked (black), whatever it shows. */
	blank: boolean;
	/** The exercise timer. */
	timer: TimerState;
}

/** What the audience may ask the presenter to do from its own keyboard. */
export const AUDIENCE_COMMANDS = ['next', 'previous', 'first', 'last', 'blank', 'timer'] as const;
/** A command from the audience window. */
export type AudienceCommand = (typeof AUDIENCE_COMMANDS)[number];

const AudienceStateSchema = v.strictObject({ screen: ScreenSchema, blank: v.boolean(), timer: TimerStateSchema });

const envelope = { ns: v.literal(PRESENT_NS), v: v.literal(PRESENT_VERSION) };

/** A message on the presenter channel. */
export const PresentMessageSchema = v.variant('type', [
	/** Presenter → audience: the whole state, after every change and in answer to `hello`. */
	v.strictObject({ ...envelope, type: v.literal('state'), state: AudienceStateSchema }),
	/** Audience → presenter: a window opened (or reopened) and wants the state. */
	v.strictObject({ ...envelope, type: v.literal('hello') }),
	/** Audience → presenter: a key pressed in the audience window. */
	v.strictObject({ ...envelope, type: v.literal('command'), command: v.picklist(AUDIENCE_COMMANDS) }),
	/** Presenter → audience: the presenter window is closing. */
	v.strictObject({ ...envelope, type: v.literal('closed') }),
	/** Presenter → audience: scroll a slide that is longer than the screen. */
	v.strictObject({ ...envelope, type: v.literal('scroll'), direction: v.picklist(['down', 'up']) }),
	/** Audience → presenter: whether the screen has more below than it shows. */
	v.strictObject({ ...envelope, type: v.literal('overflow'), more: v.boolean() })
]);

/** A valid message on the presenter channel. */
export type PresentMessage = v.InferOutput<typeof PresentMessageSchema>;

/** Distributive omit, so that each message type keeps its own fields. */
type WithoutEnvelope<T> = T extends unknown ? Omit<T, 'ns' | 'v'> : never;

/** A message body, before the namespace and version are added. */
export type PresentMessageBody = WithoutEnvelope<PresentMessage>;

/** Adds the namespace and version to a message body. */
export function envelopeOf(body: PresentMessageBody): PresentMessage {
	return { ns: PRESENT_NS, v: PRESENT_VERSION, ...body } as PresentMessage;
}

/** The message, if the data is a valid message of this protocol; anything else is ignored. Pure. */
export function readPresentMessage(data: unknown): PresentMessage | undefined {
	const result = v.safeParse(PresentMessageSchema, data);
	return result.success ? result.output : undefined;
}

/** The audience state, if valid. Pure. */
export function readAudienceState(data: unknown): AudienceState | undefined {
	const result = v.safeParse(AudienceStateSchema, data);
	return result.success ? result.output : undefined;
}
