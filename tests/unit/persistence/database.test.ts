import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { databaseExists, DB_NAME } from '../../../src/lib/persistence/database';
import { ProgressStore } from '../../../src/lib/persistence/store';
import { kinds } from './fixtures';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('databaseExists', () => {
	it('is false on a first visit and true once the store has opened', async () => {
		const name = `${DB_NAME}-first-visit`;
		expect(await databaseExists(name)).toBe(false);
		const store = await ProgressStore.open({ kinds, name, channelName: null });
		expect(store.status.mode).toBe('persistent');
		expect(await databaseExists(name)).toBe(true);
		expect(await databaseExists(`${name}-other`)).toBe(false);
		store.close();
	});

	it('cannot tell (undefined) without IndexedDB, or when the browser cannot list databases', async () => {
		vi.stubGlobal('indexedDB', undefined);
		expect(await databaseExists()).toBeUndefined();
		vi.stubGlobal('indexedDB', { open: () => undefined });
		expect(await databaseExists()).toBeUndefined();
		vi.stubGlobal('indexedDB', {
			databases: () => Promise.reject(new DOMException('blocked', 'SecurityError'))
		});
		expect(await databaseExists()).toBeUndefined();
	});
});
