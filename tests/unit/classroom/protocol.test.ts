import { describe, expect, it, vi } from 'vitest';
import { PresentLink, type ChannelLike } from '$lib/classroom/present-link';
import { envelopeOf, PRESENT_NS, readAudienceState, readPresentMessage } from '$lib/classroom/present-protocol';
import { readScreen, SCREEN_SCHEMAS } from '$lib/classroom/screens';
import { EMPTY_SESSION } from '$lib/classroom/records';
import { presentSessionRecordKind } from '$lib/classroom/records.schema';
import * as v from 'valibot';
import { actionForKey } from '$lib/classroom/keys';
import { DEFAULT_TIMER } from '$lib/classroom/timer';

const state = {
	screen: { kind: 'slide', deck: 'opening', slide: 'ssm-overview/intro' },
	blank: false,
	timer: DEFAULT_TIMER
};

describe('presenter messages', () => {
	it('carry a namespace and version, and read back', () => {
		const message = envelopeOf({ type: 'state', state: state as never });
		expect(message).toMatchObject({ ns: PRESENT_NS, v: 1, type: 'state' });
		expect(readPresentMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
	});

	it('carries scrolling to the audience and its overflow back', () => {
		expect(readPresentMessage(envelopeOf({ type: 'scroll', direction: 'down' }))).toBeTruthy();
		expect(readPresentMessage({ ns: PRESENT_NS, v: 1, type: 'scroll', direction: 'sideways' })).toBeUndefined();
		expect(readPresentMessage(envelopeOf({ type: 'overflow', more: true }))).toMatchObject({ more: true });
	});

	it('ignores other namespaces, other versions, unknown types and malformed states', () => {
		expect(readPresentMessage({ type: 'records.changed', ids: [] })).toBeUndefined();
		expect(readPresentMessage({ ns: PRESENT_NS, v: 2, type: 'hello' })).toBeUndefined();
		expect(readPresentMessage({ ns: PRESENT_NS, v: 1, type: 'shout' })).toBeUndefined();
		expect(readPresentMessage({ ns: PRESENT_NS, v: 1, type: 'command', command: 'explode' })).toBeUndefined();
		expect(
			readPresentMessage({
				ns: PRESENT_NS,
				v: 1,
				type: 'state',
				state: { ...state, screen: { kind: 'slide', deck: '../x' } }
			})
		).toBeUndefined();
		expect(readAudienceState({ ...state, extra: 1 })).toBeUndefined();
	});

	it('saves the session with any screen, and restores only screens it knows', () => {
		const saved = { ...EMPTY_SESSION, screen: { kind: 'roleplay', scenario: 'homebody-sam-tim' } };
		expect(v.is(presentSessionRecordKind.schema, saved)).toBe(true);
		expect(readScreen(saved.screen)).toBeUndefined();
		expect(readScreen({ kind: 'timer' })).toEqual({ kind: 'timer' });
	});

	it('accepts every kind of screen, and refuses an unknown kind', () => {
		const kinds = SCREEN_SCHEMAS.map((s) => s.entries.kind.literal);
		expect(kinds).toEqual(['idle', 'slide', 'timer', 'roles', 'sam-tim-brief', 'sam-tim-debrief', 'roleplay']);
		expect(
			readAudienceState({
				...state,
				screen: { kind: 'roles', teams: [{ name: 'A', roles: [{ role: 'captain', member: 'Li' }] }] }
			})
		).toBeTruthy();
		expect(
			readAudienceState({ ...state, screen: { kind: 'sam-tim-debrief', ticked: ['found-crm-loyalty'] } })
		).toBeTruthy();
		expect(
			readAudienceState({
				...state,
				screen: { kind: 'roleplay', scenario: 'homebody-sam-tim', seed: 3, mode: 'coach', choices: ['sam-direction'] }
			})
		).toBeTruthy();
		expect(readAudienceState({ ...state, screen: { kind: 'video', url: 'x' } })).toBeUndefined();
	});
});

class FakeChannel implements ChannelLike {
	static all = new Set<FakeChannel>();
	onmessage: ((event: MessageEvent) => void) | null = null;
	constructor() {
		FakeChannel.all.add(this);
	}
	postMessage(message: unknown) {
		for (const other of FakeChannel.all)
			if (other !== this) other.onmessage?.({ data: structuredClone(message) } as MessageEvent);
	}
	close() {
		FakeChannel.all.delete(this);
	}
}

describe('the presenter link', () => {
	it('delivers valid messages to the other window and drops invalid ones', () => {
		const presenter = new PresentLink(() => new FakeChannel());
		const audience = new PresentLink(() => new FakeChannel());
		const heard = vi.fn();
		presenter.subscribe(heard);
		audience.send({ type: 'hello' });
		audience.send({ type: 'command', command: 'next' });
		[...FakeChannel.all][1]!.postMessage({ ns: 'someone-else', type: 'hello' });
		expect(heard.mock.calls.map(([m]) => m.type)).toEqual(['hello', 'command']);
		presenter.close();
		audience.close();
	});

	it('does nothing without BroadcastChannel', () => {
		const link = new PresentLink(() => undefined);
		expect(link.connected).toBe(false);
		expect(() => link.send({ type: 'hello' })).not.toThrow();
	});
});

describe('presenter keys', () => {
	const key = (k: string, extra: Partial<Parameters<typeof actionForKey>[0]> = {}) =>
		actionForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, inField: false, ...extra });

	it('moves with arrows, space and page keys; B blanks, T runs the timer, F full screen, ? help', () => {
		expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => key(k))).toEqual(['next', 'next', 'next', 'next']);
		expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => key(k))).toEqual(['previous', 'previous', 'previous']);
		expect([key('b'), key('B'), key('t'), key('F'), key('?'), key('Home'), key('End')]).toEqual([
			'blank',
			'blank',
			'timer',
			'fullscreen',
			'help',
			'first',
			'last'
		]);
	});

	it('scrolls a long slide with Shift and the up and down arrows', () => {
		expect(key('ArrowDown', { shiftKey: true })).toBe('scroll-down');
		expect(key('ArrowUp', { shiftKey: true })).toBe('scroll-up');
		expect(key('ArrowRight', { shiftKey: true })).toBe('next');
		expect(key('?', { shiftKey: true })).toBe('help');
	});

	it('leaves keys alone with a modifier held or while typing', () => {
		expect(key('ArrowRight', { altKey: true })).toBeUndefined();
		expect(key('t', { ctrlKey: true })).toBeUndefined();
		expect(key('b', { inField: true })).toBeUndefined();
		expect(key('x')).toBeUndefined();
	});
});
