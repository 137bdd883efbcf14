import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeExport } from '../../../src/lib/persistence/export-envelope';
import { planImport } from '../../../src/lib/persistence/export-file';
import { kindRef } from '../../../src/lib/persistence/kind';
import { DB_NAME, ProgressStore, type OpenOptions } from '../../../src/lib/persistence/store';
import { counterKind, fakeClock, kindMap, kinds, noteKind } from './fixtures';

const opened: ProgressStore[] = [];
let channel = 0;

async function open(options: Partial<OpenOptions> = {}): Promise<ProgressStore> {
	const store = await ProgressStore.open({ kinds, now: fakeClock(), channelName: `test-${channel}`, ...options });
	opened.push(store);
	return store;
}

/** Writes raw values straight into the records store, as an older or broken build might have. */
async function writeRaw(values: object[]): Promise<void> {
	const db = await openDB(DB_NAME, 1);
	const tx = db.transaction('records', 'readwrite');
	for (const value of values) await tx.store.put(value as never);
	await tx.done;
	db.close();
}

const nextMessage = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	channel++;
});

afterEach(() => {
	for (const store of opened.splice(0)) store.close();
	vi.restoreAllMocks();
});

describe('ProgressStore rules, loaded on demand', () => {
	/** References to the fixture kinds that count how often their rules load. */
	function refs() {
		const loads = { note: 0, counter: 0 };
		const note = kindRef('note', async () => (loads.note++, noteKind));
		const counter = kindRef('counter', async () => (loads.counter++, counterKind));
		return { loads, note, counter };
	}

	it('opens an empty database without loading any rules', async () => {
		const { loads, note, counter } = refs();
		const store = await open({ kinds: [note, counter] });
		expect(store.loadedKinds).toEqual([]);
		expect(loads).toEqual({ note: 0, counter: 0 });
		expect(store.get(note, 'n1')).toBeUndefined();
	});

	it('loads only the rules of the kind a put writes, and still refuses invalid data', async () => {
		const { loads, note, counter } = refs();
		const store = await open({ kinds: [note, counter] });
		await store.put(counter, 'c1', { n: 1 });
		expect(loads).toEqual({ note: 0, counter: 1 });
		expect(store.get(counter, 'c1')).toEqual({ n: 1 });
		await expect(store.put(counter, 'c2', { n: 'two' } as never)).rejects.toThrow();
		expect(store.get(counter, 'c2')).toBeUndefined();
	});

	it('loads every rule when saved records exist, and upgrades them as before', async () => {
		(await open()).close();
		await writeRaw([{ id: 'n1', kind: 'note', v: 1, data: { text: 'old' }, updatedAt: '2026-01-01T00:00:00.000Z' }]);
		const { loads, note, counter } = refs();
		const store = await open({ kinds: [note, counter] });
		expect(loads).toEqual({ note: 1, counter: 1 });
		expect(store.get(note, 'n1')).toEqual({ body: 'old', tags: [] });
	});

	it('once ready for a kind, a put changes memory before it returns', async () => {
		const { counter } = refs();
		const store = await open({ kinds: [counter] });
		await store.ready(counter);
		const saving = store.put(counter, 'c1', { n: 1 });
		expect(store.get(counter, 'c1')).toEqual({ n: 1 });
		await saving;
	});

	it('tries a failed load of rules again on the next put', async () => {
		let attempts = 0;
		const flaky = kindRef('counter', async () => {
			if (++attempts === 1) throw new Error('network down');
			return counterKind;
		});
		const store = await open({ kinds: [flaky] });
		await expect(store.put(flaky, 'c1', { n: 1 })).rejects.toThrow('network down');
		expect(store.get(flaky, 'c1')).toBeUndefined();
		await store.put(flaky, 'c1', { n: 1 });
		expect(store.get(flaky, 'c1')).toEqual({ n: 1 });
	});

	it('refuses a kind whose rules name another kind', async () => {
		const wrong = kindRef('note', async () => counterKind);
		const store = await open({ kinds: [wrong] });
		await expect(store.put(wrong, 'n1', { n: 1 } as never)).rejects.toThrow(/loaded the rules of counter/);
	});
});

describe('ProgressStore', () => {
	it('saves a record and finds it again after a reload', async () => {
		const first = await open();
		await first.put(counterKind, 'c1', { n: 4 });
		first.close();
		const second = await open();
		expect(second.get(counterKind, 'c1')).toEqual({ n: 4 });
		expect(second.status).toMatchObject({ mode: 'persistent', unsaved: 0, setAside: 0 });
	});

	it('refuses data that does not match its kind before anything changes', async () => {
		const store = await open();
		await expect(store.put(counterKind, 'c1', { n: 'four' } as never)).rejects.toThrow();
		expect(store.get(counterKind, 'c1')).toBeUndefined();
	});

	it('migrates old records when it opens them', async () => {
		await (await open()).close();
		await writeRaw([{ id: 'n1', kind: 'note', v: 1, data: { text: 'old' }, updatedAt: '2026-01-01T00:00:00.000Z' }]);
		const store = await open();
		expect(store.get(noteKind, 'n1')).toEqual({ body: 'old', tags: [] });
	});

	it('sets aside corrupt and future-version records, starts without them and says how many', async () => {
		(await open()).close();
		await writeRaw([
			{ id: 'bad', kind: 'counter', v: 1, data: { n: 'NaN' }, updatedAt: '2026-01-01T00:00:00.000Z' },
			{ id: 'future', kind: 'counter', v: 7, data: { n: 1, extra: 1 }, updatedAt: '2026-01-01T00:00:00.000Z' },
			{ id: 'junk', garbage: true },
			{ id: 'fine', kind: 'counter', v: 1, data: { n: 1 }, updatedAt: '2026-01-01T00:00:00.000Z' }
		]);
		const store = await open();
		expect(store.status).toMatchObject({ setAside: 3, setAsideOnOpen: 3 });
		expect(store.get(counterKind, 'fine')).toEqual({ n: 1 });
		expect(store.get(counterKind, 'bad')).toBeUndefined();
		const reasons = store
			.setAsideEntries()
			.map((e) => [e.id, e.reason])
			.sort();
		expect(reasons).toEqual([
			['bad', 'corrupt'],
			['future', 'future-version'],
			['junk', 'corrupt']
		]);
		expect(store.setAsideEntries().find((e) => e.id === 'junk')?.raw).toEqual({ id: 'junk', garbage: true });
	});

	it('never overwrites a set-aside record when the same id is written again', async () => {
		(await open()).close();
		const raw = { id: 'c', kind: 'counter', v: 9, data: { n: 1 }, updatedAt: '2026-01-01T00:00:00.000Z' };
		await writeRaw([raw]);
		const store = await open();
		await store.put(counterKind, 'c', { n: 2 });
		store.close();
		const again = await open();
		expect(again.get(counterKind, 'c')).toEqual({ n: 2 });
		expect(again.setAsideEntries().map((e) => e.raw)).toEqual([raw]);
		expect(again.status.setAsideOnOpen).toBe(0);
		const exported = await again.exportFile();
		expect(exported.setAside.map((e) => e.raw)).toEqual([raw]);
	});

	it('runs in memory, and says why, when IndexedDB is missing', async () => {
		// @ts-expect-error simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		const store = await open();
		expect(store.status).toMatchObject({ mode: 'memory', memoryReason: 'unavailable' });
		await store.put(counterKind, 'c', { n: 1 });
		expect(store.get(counterKind, 'c')).toEqual({ n: 1 });
		expect((await store.exportFile()).records.map((r) => r.id)).toEqual(['c']);
	});

	it('leaves a database written by a newer build untouched and runs in memory', async () => {
		const newer = await openDB(DB_NAME, 5, {
			upgrade(db) {
				db.createObjectStore('records', { keyPath: 'id' });
			}
		});
		await newer.put('records', { id: 'keep', kind: 'counter', v: 3, data: {} });
		newer.close();
		const store = await open();
		expect(store.status).toMatchObject({ mode: 'memory', memoryReason: 'newer-database' });
		await store.put(counterKind, 'c', { n: 1 });
		const check = await openDB(DB_NAME, 5);
		expect(await check.getAll('records')).toEqual([{ id: 'keep', kind: 'counter', v: 3, data: {} }]);
		check.close();
	});

	it('keeps work in memory with a lasting warning when the browser refuses to write, and retries later', async () => {
		const store = await open();
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('storage is full', 'QuotaExceededError');
		});
		await store.put(counterKind, 'a', { n: 1 });
		expect(store.status).toMatchObject({ mode: 'persistent', unsaved: 1, writeError: 'quota' });
		expect(store.get(counterKind, 'a')).toEqual({ n: 1 });
		expect((await store.exportFile()).records.map((r) => r.id)).toEqual(['a']);

		put.mockRestore();
		await store.put(counterKind, 'b', { n: 2 });
		expect(store.status).toMatchObject({ unsaved: 0, writeError: undefined });
		store.close();
		const again = await open();
		expect(again.get(counterKind, 'a')).toEqual({ n: 1 });
		expect(again.get(counterKind, 'b')).toEqual({ n: 2 });
	});

	it('loses nothing when two tabs write different records, and each tab hears of the other', async () => {
		const tabA = await open();
		const tabB = await open();
		await Promise.all([tabA.put(counterKind, 'a', { n: 1 }), tabB.put(counterKind, 'b', { n: 2 })]);
		await nextMessage();
		expect(tabA.get(counterKind, 'b')).toEqual({ n: 2 });
		expect(tabB.get(counterKind, 'a')).toEqual({ n: 1 });
		const third = await open();
		expect(
			third
				.list(counterKind)
				.map((r) => r.id)
				.sort()
		).toEqual(['a', 'b']);
	});

	it('exports what another tab wrote even before hearing of it', async () => {
		const tabA = await open({ channelName: null });
		const tabB = await open({ channelName: null });
		await tabB.put(counterKind, 'b', { n: 2 });
		expect((await tabA.exportFile()).records.map((r) => r.id)).toEqual(['b']);
	});

	it('gives an identical file for export → import → export', async () => {
		const store = await open();
		await store.put(counterKind, 'c', { n: 1 });
		await store.put(noteKind, 'n', { body: 'text', tags: ['x'] });
		const first = serializeExport(await store.exportFile());
		const planned = planImport(first, kindMap, '2026-12-01T00:00:00.000Z');
		if (!planned.ok) throw new Error(planned.problem.code);

		globalThis.indexedDB = new IDBFactory();
		const elsewhere = await open();
		await elsewhere.applyImport(planned.plan);
		expect(serializeExport(await elsewhere.exportFile())).toBe(first);

		await store.applyImport(planned.plan);
		expect(serializeExport(await store.exportFile())).toBe(first);
	});

	it('replaces records on import and tells the other tabs', async () => {
		const tabA = await open();
		const tabB = await open();
		await tabA.put(counterKind, 'old', { n: 1 });
		const planned = planImport(
			JSON.stringify({
				format: 'ssm-trainer/progress',
				formatVersion: 1,
				records: [{ id: 'new', kind: 'counter', v: 1, data: { n: 9 }, updatedAt: '2026-01-01T00:00:00.000Z' }]
			}),
			kindMap,
			'2026-12-01T00:00:00.000Z'
		);
		if (!planned.ok) throw new Error(planned.problem.code);
		await tabA.applyImport(planned.plan);
		await nextMessage();
		expect(tabA.list(counterKind).map((r) => r.id)).toEqual(['new']);
		expect(tabB.list(counterKind).map((r) => r.id)).toEqual(['new']);
	});

	it('changes nothing when the import cannot be written', async () => {
		const store = await open();
		await store.put(counterKind, 'keep', { n: 1 });
		const planned = planImport(
			JSON.stringify({
				format: 'ssm-trainer/progress',
				formatVersion: 1,
				records: [{ id: 'new', kind: 'counter', v: 1, data: { n: 9 }, updatedAt: '2026-01-01T00:00:00.000Z' }]
			}),
			kindMap,
			'2026-12-01T00:00:00.000Z'
		);
		if (!planned.ok) throw new Error(planned.problem.code);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('storage is full', 'QuotaExceededError');
		});
		await expect(store.applyImport(planned.plan)).rejects.toThrow();
		vi.restoreAllMocks();
		expect(store.list(counterKind).map((r) => r.id)).toEqual(['keep']);
		store.close();
		expect((await open()).list(counterKind).map((r) => r.id)).toEqual(['keep']);
	});

	it('tells listeners about each change', async () => {
		const store = await open();
		const changes: unknown[] = [];
		store.subscribe((change) => changes.push(change));
		await store.put(counterKind, 'c', { n: 1 });
		expect(changes).toContainEqual({ ids: ['c'] });
	});
});
