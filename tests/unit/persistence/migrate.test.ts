import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineKind } from '../../../src/lib/persistence/kind';
import { upgradeRecord } from '../../../src/lib/persistence/migrate';
import { kindMap } from './fixtures';

const at = '2026-11-23T09:00:00.000Z';

describe('upgradeRecord', () => {
	it('runs every numbered migration from the stored version to the current one', () => {
		const result = upgradeRecord({ id: 'n1', kind: 'note', v: 1, data: { text: 'hello' }, updatedAt: at }, kindMap);
		expect(result).toEqual({
			ok: true,
			migrated: true,
			record: { id: 'n1', kind: 'note', v: 3, data: { body: 'hello', tags: [] }, updatedAt: at }
		});
	});

	it('starts from the middle of the history for a record at version 2', () => {
		const result = upgradeRecord(
			{ id: 'n1', kind: 'note', v: 2, data: { text: 'x', tags: ['a'] }, updatedAt: at },
			kindMap
		);
		expect(result.ok && result.record.data).toEqual({ body: 'x', tags: ['a'] });
	});

	it('leaves a current record as it is', () => {
		const raw = { id: 'c', kind: 'counter', v: 1, data: { n: 2 }, updatedAt: at };
		expect(upgradeRecord(raw, kindMap)).toEqual({ ok: true, migrated: false, record: raw });
	});

	it('does not mutate the stored value while migrating', () => {
		const raw = { id: 'n1', kind: 'note', v: 1, data: { text: 'hello' }, updatedAt: at };
		const copy = structuredClone(raw);
		upgradeRecord(raw, kindMap);
		expect(raw).toEqual(copy);
	});

	it.each([
		['not an object', 'oops', 'corrupt'],
		['a record without an id', { kind: 'counter', v: 1, data: { n: 1 }, updatedAt: at }, 'corrupt'],
		['data that fails the schema', { id: 'c', kind: 'counter', v: 1, data: { n: 'one' }, updatedAt: at }, 'corrupt'],
		[
			'a record from a newer build',
			{ id: 'c', kind: 'counter', v: 2, data: { n: 1 }, updatedAt: at },
			'future-version'
		],
		['a kind this build does not know', { id: 'x', kind: 'mystery', v: 1, data: {}, updatedAt: at }, 'unknown-kind']
	])('refuses %s', (_, raw, reason) => {
		const result = upgradeRecord(raw, kindMap);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toBe(reason);
	});

	it('reports a migration that throws', () => {
		const broken = defineKind({
			kind: 'broken',
			version: 2,
			schema: v.object({}),
			migrations: {
				1: () => {
					throw new Error('boom');
				}
			}
		});
		const result = upgradeRecord(
			{ id: 'b', kind: 'broken', v: 1, data: {}, updatedAt: at },
			new Map([['broken', broken as never]])
		);
		expect(result).toMatchObject({ ok: false, reason: 'migration-failed' });
	});
});

describe('defineKind', () => {
	it('refuses a kind whose migration history has a gap', () => {
		expect(() => defineKind({ kind: 'gap', version: 3, schema: v.object({}), migrations: { 1: (d) => d } })).toThrow(
			/migration 2 → 3 is missing/
		);
	});

	it('refuses a migration that leads past the current version', () => {
		expect(() => defineKind({ kind: 'past', version: 1, schema: v.object({}), migrations: { 1: (d) => d } })).toThrow(
			/does not lead to version 1/
		);
	});
});
