import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dialogueMachine } from '../../../src/lib/machines/dialogue.machine';
import { offeredChoices, orderKey, type Mode } from '../../../src/lib/roleplay/dialogue-rules';
import { toDialogueView } from '../../../src/lib/roleplay/dialogue.view';
import { scenario } from './load';

const tiny = scenario('tests/fixtures/scenarios/tiny.yaml');

function play(choices: string[], mode: Mode = 'coach', seed = 7) {
	const actor = createActor(dialogueMachine, { input: { scenario: tiny, mode, seed } }).start();
	actor.send({ type: 'meeting.start' });
	for (const choice of choices) actor.send({ type: 'choice.select', choice });
	return actor;
}

const offered = (actor: ReturnType<typeof play>) =>
	offeredChoices(actor.getSnapshot().context)
		.map((c) => c.id)
		.sort();

describe('the dialogue machine', () => {
	it('waits in the briefing with every meter at its start and the clock at zero', () => {
		const actor = createActor(dialogueMachine, { input: { scenario: tiny, mode: 'coach', seed: 1 } }).start();
		const { value, context } = actor.getSnapshot();
		expect(value).toBe('briefing');
		expect(context.meters).toEqual({ trust: 50, patience: 20 });
		expect(context.clock).toBe(0);
		expect(actor.getSnapshot().can({ type: 'choice.select', choice: 'ask-a' })).toBe(false);
	});

	it('opens the meeting with the first line whose condition holds', () => {
		const { context, value } = play([]).getSnapshot();
		expect(value).toBe('meeting');
		expect(context.transcript).toEqual([{ type: 'line', node: 'hub', line: 'plain', clock: 0 }]);
	});

	it('applies a choice: meters, discoveries, points, clock, 9-block cell and the reply', () => {
		const { context } = play(['ask-a']).getSnapshot();
		expect(context.meters.trust).toBe(60);
		expect(context.discoveries).toEqual(['fact-a']);
		expect(context.points).toEqual({ technique: 2 });
		expect(context.clock).toBe(2);
		expect(context.cells).toEqual(['R1']);
		expect(context.transcript.at(-1)).toMatchObject({ type: 'choice', choice: 'ask-a', reply: 'reply', grade: 'good' });
	});

	it('keeps meters within their bounds and records the change that really happened', () => {
		const { context } = play(['pitch']).getSnapshot();
		expect(context.meters).toEqual({ trust: 0, patience: 5 });
		expect(context.transcript.at(-1)).toMatchObject({ meters: { trust: -50, patience: -15 } });
	});

	it('takes asked choices off the menu, keeps repeatable ones, and opens new ones when their condition holds', () => {
		expect(offered(play([]))).toEqual(['ask-a', 'close', 'pitch', 'side']);
		expect(offered(play(['ask-a']))).toEqual(['ask-b', 'close', 'pitch', 'side']);
		const inSide = play(['side', 'wait']);
		expect(offered(inSide)).toEqual(['back', 'wait']);
	});

	it('ignores a choice that is not on offer', () => {
		const actor = play(['ask-a']);
		const before = actor.getSnapshot().context;
		expect(actor.getSnapshot().can({ type: 'choice.select', choice: 'ask-a' })).toBe(false);
		actor.send({ type: 'choice.select', choice: 'ask-a' });
		actor.send({ type: 'choice.select', choice: 'no-such-choice' });
		expect(actor.getSnapshot().context).toBe(before);
	});

	it('picks the reply from the meeting as it stood before the choice, with its own feedback', () => {
		const guarded = play(['pitch', 'ask-a', 'ask-b']).getSnapshot().context;
		expect(guarded.transcript.at(-1)).toMatchObject({ choice: 'ask-b', reply: 'guarded', grade: 'fair' });
		expect(guarded.discoveries).not.toContain('fact-b');
		const trusting = play(['ask-a', 'ask-b']).getSnapshot().context;
		expect(trusting.transcript.at(-1)).toMatchObject({
			reply: 'trusting',
			grade: 'good',
			revealed: ['fact-b', 'crm-owner']
		});
	});

	it('moves to the next node and speaks its line when the choice has no reply', () => {
		const { context } = play(['ask-a', 'side', 'back']).getSnapshot();
		expect(context.node).toBe('hub');
		expect(context.transcript.filter((e) => e.type === 'line').map((e) => e.type === 'line' && e.line)).toEqual([
			'plain',
			'line',
			'warm'
		]);
	});

	it('closes with a next step only when the ending condition holds after the choice', () => {
		const best = play(['ask-a', 'ask-b', 'close']).getSnapshot();
		expect(best.value).toBe('ended');
		expect(best.context.ending).toBe('next-step');
		expect(best.context.points.technique).toBe(3);
		expect(play(['ask-a', 'close']).getSnapshot().context.ending).toBe('no-step');
	});

	it('ends the meeting when an end rule holds: patience runs out', () => {
		const { value, context } = play(['pitch', 'side', 'wait']).getSnapshot();
		expect(value).toBe('ended');
		expect(context.ending).toBe('dismissed');
		expect(context.transcript.at(-1)).toEqual({ type: 'ending', ending: 'dismissed', clock: 5 });
	});

	it('ends the meeting when the clock reaches its length', () => {
		const { context } = play(['side', 'wait', 'wait', 'back', 'ask-a']).getSnapshot();
		expect(context.clock).toBe(10);
		expect(context.ending).toBe('time-up');
	});

	it("lets the learner's own close win when it also uses the last minute", () => {
		const { context } = play(['side', 'wait', 'wait', 'back', 'close']).getSnapshot();
		expect(context.clock).toBe(9);
		expect(context.ending).toBe('no-step');
		const late = play(['ask-a', 'side', 'wait', 'back', 'ask-b', 'close']).getSnapshot().context;
		expect(late.clock).toBe(10);
		expect(late.ending).toBe('next-step');
	});

	it('goes from the ending to the debrief, which is final', () => {
		const actor = play(['close']);
		expect(actor.getSnapshot().can({ type: 'choice.select', choice: 'ask-a' })).toBe(false);
		actor.send({ type: 'debrief.open' });
		expect(actor.getSnapshot().value).toBe('debrief');
		expect(actor.getSnapshot().status).toBe('done');
	});
});

describe('choice order', () => {
	const order = (seed: number, choices: string[] = []) =>
		offeredChoices(play(choices, 'coach', seed).getSnapshot().context).map((c) => c.id);

	it('is the same for the same seed, so an attempt can be replayed from its record', () => {
		expect(order(42)).toEqual(order(42));
	});

	it('differs between seeds, so position cannot be memorised', () => {
		const orders = new Set(Array.from({ length: 20 }, (_, seed) => order(seed).join()));
		expect(orders.size).toBeGreaterThan(5);
	});

	it('does not depend on where the author wrote the choices', () => {
		const ids = order(3);
		expect([...ids].sort((a, b) => orderKey(3, a) - orderKey(3, b))).toEqual(ids);
	});

	it('keeps the others in place when a choice disappears and a new one opens', () => {
		const before = order(5).filter((id) => id !== 'ask-a');
		const after = order(5, ['ask-a']).filter((id) => id !== 'ask-b');
		expect(after).toEqual(before);
	});
});

describe('modes', () => {
	it('coach mode shows meters and the feedback on the last choice at once', () => {
		const view = toDialogueView(play(['pitch'], 'coach').getSnapshot());
		expect(view.meters?.map((m) => [m.id, m.value])).toEqual([
			['trust', 0],
			['patience', 5]
		]);
		expect(view.feedback).toMatchObject({ grade: 'poor', text: { en: 'Too early.' }, minutes: 1 });
		expect(view.feedback?.meters.map((m) => [m.id, m.delta])).toEqual([
			['trust', -50],
			['patience', -15]
		]);
	});

	it('assessment mode holds meters and feedback back until the meeting is over', () => {
		const during = toDialogueView(play(['pitch'], 'assessment').getSnapshot());
		expect(during.meters).toBeNull();
		expect(during.feedback).toBeNull();
		expect(JSON.stringify(during)).not.toContain('Too early.');
		const after = toDialogueView(play(['pitch', 'close'], 'assessment').getSnapshot());
		expect(after.meters).not.toBeNull();
		expect(after.debrief?.transcript.find((e) => e.kind === 'choice')).toMatchObject({
			grade: 'poor',
			feedback: { en: 'Too early.' }
		});
	});
});
