import { assign, setup } from 'xstate';
import {
	applyChoice,
	beginMeeting,
	initialContext,
	isOffered,
	type DialogueContext,
	type DialogueInput
} from '../roleplay/dialogue-rules';

/** What the learner can do in a role-play. */
export type DialogueEvent =
	| { /** Leave the briefing and start the meeting. */ type: 'meeting.start' }
	| { /** Say one of the choices on offer. */ type: 'choice.select'; /** The choice's id. */ choice: string }
	| { /** Go from the ending to the debrief. */ type: 'debrief.open' };

/**
 * The one dialogue machine that runs every role-play: briefing → meeting → ended → debrief. The
 * scenario comes in as `input`; the node, meters, clock, discoveries, transcript and rubric points
 * live in the context and change only through the pure rules of `roleplay/dialogue-rules.ts`. No
 * delays and no invoked actors, so that `xstate/graph` can walk every path.
 */
export const dialogueMachine = setup({
	types: {
		context: {} as DialogueContext,
		events: {} as DialogueEvent,
		input: {} as DialogueInput
	},
	guards: {
		isOffered: ({ context, event }) => event.type === 'choice.select' && isOffered(context, event.choice),
		hasEnded: ({ context }) => context.ending !== null
	},
	actions: {
		openMeeting: assign(({ context }) => beginMeeting(context)),
		recordChoice: assign(({ context, event }) =>
			event.type === 'choice.select' ? applyChoice(context, event.choice) : context
		)
	}
}).createMachine({
	id: 'dialogue',
	context: ({ input }) => initialContext(input),
	initial: 'briefing',
	states: {
		briefing: {
			on: { 'meeting.start': { target: 'meeting', actions: 'openMeeting' } }
		},
		meeting: {
			always: { guard: 'hasEnded', target: 'ended' },
			on: { 'choice.select': { guard: 'isOffered', actions: 'recordChoice' } }
		},
		ended: {
			on: { 'debrief.open': 'debrief' }
		},
		debrief: {
			type: 'final'
		}
	}
});

/** The phases of a role-play, as the machine's state values. */
export type DialoguePhase = 'briefing' | 'meeting' | 'ended' | 'debrief';
