import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_FORMAT, serializeExport } from '../../../src/lib/persistence/export-envelope';
import { planImport } from '../../../src/lib/persistence/export-file';
import type { StoredRecord } from '../../../src/lib/persistence/record';
import { kindMap } from './fixtures';

const at = '2026-11-23T09:00:00.000Z';
const now = '2026-11-24T10:00:00.000Z';

function fileWith(records: unknown[], extra: object = {}) {
	return JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, records, setAside: [], ...extra });
}

describe('buildExport', () => {
	it('sorts records by id and entries by key so that the same data always gives the same file', () => {
		const a: StoredRecord = { id: 'b', kind: 'counter', v: 1, data: { n: 1 }, updatedAt: at };
		const b: StoredRecord = { id: 'a', kind: 'counter', v: 1, data: { n: 2 }, updatedAt: at };
		expect(serializeExport(buildExport([a, b], []))).toBe(serializeExport(buildExport([b, a], [])));
		expect(buildExport([a, b], []).records.map((r) => r.id)).toEqual(['a', 'b']);
	});
});

describe('planImport', () => {
	it('accepts an export and upgrades old records to the current version', () => {
		const outcome = planImport(
			fileWith([{ id: 'n', kind: 'note', v: 1, data: { text: 't' }, updatedAt: at }]),
			kindMap,
			now
		);
		expect(outcome.ok && outcome.plan.records).toEqual([
			{ id: 'n', kind: 'note', v: 3, data: { body: 't', tags: [] }, updatedAt: at }
		]);
	});

	it.each([
		['text that is not JSON', '{', 'not-json'],
		['JSON that is not an export', '{"hello":"world"}', 'not-export'],
		[
			'an export of a newer format',
			JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 9, records: [] }),
			'newer-format'
		],
		[
			'records that are not a list',
			JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, records: 3 }),
			'not-export'
		],
		['a damaged record', fileWith([{ id: 'c', kind: 'counter', v: 1, data: { n: 'x' }, updatedAt: at }]), 'bad-record'],
		[
			'the same id twice',
			fileWith([
				{ id: 'c', kind: 'counter', v: 1, data: { n: 1 }, updatedAt: at },
				{ id: 'c', kind: 'counter', v: 1, data: { n: 2 }, updatedAt: at }
			]),
			'duplicate-id'
		]
	])('refuses %s with a problem code', (_, text, code) => {
		const outcome = planImport(text, kindMap, now);
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.problem.code).toBe(code);
	});

	it('names the damaged record by position and id', () => {
		const outcome = planImport(
			fileWith([
				{ id: 'ok', kind: 'counter', v: 1, data: { n: 1 }, updatedAt: at },
				{ id: 'bad', kind: 'counter', v: 1, data: {}, updatedAt: at }
			]),
			kindMap,
			now
		);
		expect(!outcome.ok && outcome.problem).toMatchObject({ code: 'bad-record', index: 1, id: 'bad' });
	});

	it('keeps records of a newer build aside instead of refusing the file', () => {
		const outcome = planImport(
			fileWith([
				{ id: 'c', kind: 'counter', v: 5, data: { n: 1, more: true }, updatedAt: at },
				{ id: 'z', kind: 'zebra', v: 1, data: {}, updatedAt: at }
			]),
			kindMap,
			now
		);
		expect(outcome.ok && outcome.plan.records).toEqual([]);
		expect(outcome.ok && outcome.plan.setAside.map((e) => [e.id, e.reason])).toEqual([
			['c', 'future-version'],
			['z', 'unknown-kind']
		]);
	});

	it('strips prototype-polluting keys and says how many', () => {
		const text = fileWith([
			{ id: 'c', kind: 'counter', v: 1, data: { n: 1, __proto__: { admin: true } }, updatedAt: at }
		]).replace('"n":1', '"n":1,"__proto__":{"admin":true}');
		const outcome = planImport(text, kindMap, now);
		expect(outcome.ok && outcome.plan.removedKeys).toBe(1);
		expect(outcome.ok && outcome.plan.records[0]?.data).toEqual({ n: 1 });
	});

	it('round-trips: planning the import of an export gives back the same records (property)', () => {
		const record = fc.record({
			id: fc.stringMatching(/^[a-z][a-z0-9:/-]{0,20}$/),
			n: fc.double({ noNaN: true, noDefaultInfinity: true }),
			at: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
		});
		fc.assert(
			fc.property(fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 20 }), (rows) => {
				const records: StoredRecord[] = rows.map((r) => ({
					id: r.id,
					kind: 'counter',
					v: 1,
					data: { n: Object.is(r.n, -0) ? 0 : r.n },
					updatedAt: r.at.toISOString()
				}));
				const text = serializeExport(buildExport(records, []));
				const outcome = planImport(text, kindMap, now);
				if (!outcome.ok) return false;
				return serializeExport(buildExport(outcome.plan.records, outcome.plan.setAside)) === text;
			})
		);
	});
});
