import { describe, expect, it } from 'vitest';
import { attemptRecord, replayChoices, resultRecord, resumeAttempt } from '../../../src/lib/roleplay/session';
import { bestPerScenario, type RoleplayAttempt, type RoleplayResult } from '../../../src/lib/roleplay/attempt';
import { roleplayAttemptRecordKind, roleplayResultRecordKind } from '../../../src/lib/roleplay/attempt.schema';
import * as v from 'valibot';
import { createActor } from 'xstate';
import { dialogueMachine } from '../../../src/lib/machines/dialogue.machine';
import { play, scenario } from './load';

const tiny = scenario('tests/fixtures/scenarios/tiny.yaml');
const base = { attemptId: 'a1', startedAt: '2026-03-01T09:00:00.000Z' };

describe('saving an attempt', () => {
	it('writes a record the kind accepts, without a copy of the scenario', () => {
		const record = attemptRecord(play(tiny, ['ask-a']), base);
		expect(v.safeParse(roleplayAttemptRecordKind.schema, record).success).toBe(true);
		expect(record).toMatchObject({
			scenarioId: 'tiny',
			version: tiny.version,
			choices: ['ask-a'],
			phase: 'meeting',
			started: true
		});
		const json = JSON.stringify(record);
		expect(json).not.toContain('Ask A');
		expect(JSON.parse(json).snapshot.context.scenario).toEqual({ id: 'tiny', version: tiny.version });
	});

	it('writes a finished attempt with its ending, rubric, duration and transcript', () => {
		const snapshot = play(tiny, ['ask-a', 'ask-b', 'close']).getSnapshot();
		const result = resultRecord(snapshot, base, '2026-03-01T09:12:00.000Z', 720_000);
		expect(v.safeParse(roleplayResultRecordKind.schema, result).success).toBe(true);
		expect(result).toMatchObject({
			ending: 'next-step',
			endingKind: 'closed-next-step',
			meetingMinutes: 5,
			durationMs: 720_000
		});
		expect(result.rubric.find((r) => r.id === 'technique')).toMatchObject({ score: 3, max: 3 });
		expect(result.transcript.at(-1)).toEqual({ type: 'ending', ending: 'next-step', clock: 5 });
	});
});

describe('resuming an attempt', () => {
	it('comes back at the same line when the scenario has not changed', () => {
		const record = JSON.parse(JSON.stringify(attemptRecord(play(tiny, ['ask-a', 'side']), base)));
		const outcome = resumeAttempt(record, tiny);
		expect(outcome.kind).toBe('same');
		const { context, value } = outcome.actor.getSnapshot();
		expect(value).toBe('meeting');
		expect(context.node).toBe('side');
		expect(context.scenario).toBe(tiny);
		expect(outcome.actor.getSnapshot().can({ type: 'choice.select', choice: 'back' })).toBe(true);
	});

	it('replays the choices when XState restores the saved snapshot as an error', () => {
		const record = attemptRecord(play(tiny, ['ask-a']), base) as RoleplayAttempt & { snapshot: { context: object } };
		const broken = { ...record, snapshot: { ...(record.snapshot as object), value: 'no-such-state' } };
		const direct = createActor(dialogueMachine, {
			snapshot: { ...broken.snapshot, context: { ...record.snapshot.context, scenario: tiny } } as never,
			input: { scenario: tiny, mode: 'coach', seed: 1 }
		});
		direct.subscribe({ error: () => undefined });
		expect(direct.start().getSnapshot().status).toBe('error');
		const outcome = resumeAttempt(broken, tiny);
		expect(outcome.kind).toBe('same');
		expect(outcome.actor.getSnapshot().status).toBe('active');
		expect(outcome.actor.getSnapshot().context.asked).toEqual(['ask-a']);
	});

	it('resumes a changed scenario at the last choice that still exists', () => {
		const record = { ...attemptRecord(play(tiny, ['ask-a', 'side', 'wait']), base), version: 'older' };
		const changed = {
			...tiny,
			nodes: tiny.nodes.map((n) => (n.id === 'side' ? { ...n, choices: n.choices.filter((c) => c.id !== 'wait') } : n))
		};
		const outcome = resumeAttempt(record, changed);
		expect(outcome).toMatchObject({ kind: 'replayed', replayed: 2, total: 3 });
		expect(outcome.actor.getSnapshot().context.node).toBe('side');
	});

	it('restarts, in the same mode, when none of the choices still exists', () => {
		const record = { ...attemptRecord(play(tiny, ['pitch'], 'assessment'), base), version: 'older' };
		const changed = {
			...tiny,
			nodes: tiny.nodes.map((n) => ({ ...n, choices: n.choices.filter((c) => c.id !== 'pitch') }))
		};
		const outcome = resumeAttempt(record, changed);
		expect(outcome.kind).toBe('restart');
		expect(outcome.actor.getSnapshot().value).toBe('briefing');
		expect(outcome.actor.getSnapshot().context.mode).toBe('assessment');
	});

	it('brings back the debrief of a finished attempt', () => {
		const actor = play(tiny, ['close']);
		actor.send({ type: 'debrief.open' });
		const { actor: replayed } = replayChoices(tiny, attemptRecord(actor, base));
		expect(replayed.getSnapshot().value).toBe('debrief');
	});
});

describe('the best result per scenario', () => {
	const result = (scenarioId: string, total: number, finishedAt: string) =>
		({ scenarioId, total, finishedAt, attemptId: `${scenarioId}-${total}-${finishedAt}` }) as RoleplayResult;

	it('keeps the highest total, and the earlier attempt on a tie', () => {
		const best = bestPerScenario([
			result('a', 0.5, '2026-01-02'),
			result('a', 0.8, '2026-01-03'),
			result('a', 0.8, '2026-01-04'),
			result('b', 0.2, '2026-01-01')
		]);
		expect(best.get('a')?.finishedAt).toBe('2026-01-03');
		expect(best.get('b')?.total).toBe(0.2);
	});
});
