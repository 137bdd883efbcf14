import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_NAME } from './database';
import { buildExport, type ExportFile } from './export-envelope';
import type { ImportPlan } from './export-file';
import { refOf, type AnyRecordKind, type KindLike, type KindRef, type RecordKind } from './kind';
import type { SetAsideEntry, StoredRecord } from './record';

/** The validation code (`./migrate` and the validation library), loaded once there is data to check. */
type Validation = typeof import('./migrate');

interface TrainerDB extends DBSchema {
	records: { key: string; value: StoredRecord; indexes: { kind: string } };
	setAside: { key: string; value: SetAsideEntry };
}

export { DB_NAME };
/** The IndexedDB schema version this build creates and reads. */
export const DB_VERSION = 1;

/** Numbered schema steps: step n builds what database version n adds. */
const schemaSteps: Record<number, (db: IDBPDatabase<TrainerDB>) => void> = {
	1: (db) => {
		db.createObjectStore('records', { keyPath: 'id' }).createIndex('kind', 'kind');
		db.createObjectStore('setAside', { keyPath: 'key' });
	}
};

/** Why the store keeps everything in memory only. */
export type MemoryReason = 'unavailable' | 'newer-database' | 'closed-by-other-tab';

/** What the UI needs to know about where work is kept. */
export interface StoreStatus {
	/** `persistent` when IndexedDB works, `memory` when nothing survives a reload. */
	mode: 'persistent' | 'memory';
	/** Why the store runs in memory, when it does. */
	memoryReason?: MemoryReason;
	/** How many records failed to save and live only in this tab (quota or storage errors). */
	unsaved: number;
	/** The kind of the last write failure, while records remain unsaved. */
	writeError?: 'quota' | 'other';
	/** How many entries are set aside in total. */
	setAside: number;
	/** How many records were set aside when this tab opened the store. */
	setAsideOnOpen: number;
}

/** A change listeners are told about: some records, or everything (after an import). */
export type StoreChange = { ids: string[] } | { all: true };

/** Options for {@link ProgressStore.open}. */
export interface OpenOptions {
	/** Every record kind the app knows (references, or kinds with their rules). */
	kinds: readonly KindLike<unknown>[];
	/** Database name; tests use their own. */
	name?: string;
	/** The clock, as an ISO timestamp; tests fix it. */
	now?: () => string;
	/** How long to wait for IndexedDB before running in memory. */
	openTimeoutMs?: number;
	/** The BroadcastChannel name that links tabs; `null` turns it off. */
	channelName?: string | null;
}

type ChannelMessage = { type: 'records.changed'; ids: string[] } | { type: 'records.replaced' };

function isQuotaError(error: unknown): boolean {
	return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** Requests inside a transaction fail together with it; the transaction's own promise reports it. */
function quiet(request: Promise<unknown>): void {
	request.catch(() => undefined);
}

function errorName(error: unknown): string {
	return error instanceof Error || error instanceof DOMException ? error.name : String(error);
}

/**
 * Saved progress: versioned records written one at a time to IndexedDB, mirrored in memory.
 * When IndexedDB is missing, refuses to open or runs out of space, work stays in memory and the
 * status says so; unreadable records are set aside, never overwritten.
 */
export class ProgressStore {
	#db: IDBPDatabase<TrainerDB> | undefined;
	#kinds: Map<string, KindRef<unknown>>;
	/** The validation code, once loaded (see {@link KindRef}). */
	#validation: Validation | undefined;
	/** The kinds whose rules have loaded, by name. */
	#loaded = new Map<string, AnyRecordKind>();
	#loadingKinds = new Map<string, Promise<Validation>>();
	#now: () => string;
	#records = new Map<string, StoredRecord>();
	#setAside = new Map<string, SetAsideEntry>();
	#unsaved = new Set<string>();
	#writeError: StoreStatus['writeError'];
	#memoryReason: MemoryReason | undefined;
	#setAsideOnOpen = 0;
	#listeners = new Set<(change: StoreChange) => void>();
	#channel: BroadcastChannel | undefined;
	#queue: Promise<void> = Promise.resolve();

	private constructor(kinds: readonly KindLike<unknown>[], now: () => string) {
		this.#kinds = new Map(kinds.map((kind) => [kind.kind, refOf(kind)]));
		this.#now = now;
	}

	/** The kinds whose rules have loaded: none until there is saved data to check or a write. */
	get loadedKinds(): string[] {
		return [...this.#loaded.keys()];
	}

	/** Loads the validation code and the rules of the named kinds (all when none are named). */
	async #loadRules(names: readonly string[] = [...this.#kinds.keys()]): Promise<Validation> {
		const [validation, kinds] = await Promise.all([
			import('./migrate'),
			Promise.all(names.map((name) => this.#kinds.get(name)!.load()))
		]);
		for (const kind of kinds) this.#loaded.set(kind.kind, kind);
		this.#validation = validation;
		return validation;
	}

	/** The validation code with every kind's rules, loading what is missing. */
	async #allRules(): Promise<Validation> {
		return this.#validation && this.#loaded.size === this.#kinds.size ? this.#validation : this.#loadRules();
	}

	/** Opens the store, loading and upgrading every saved record. Never rejects. */
	static async open(options: OpenOptions): Promise<ProgressStore> {
		const store = new ProgressStore(options.kinds, options.now ?? (() => new Date().toISOString()));
		try {
			store.#db = await store.#openDatabase(options.name ?? DB_NAME, options.openTimeoutMs ?? 4000);
			await store.#load();
		} catch (error) {
			store.#db?.close();
			store.#db = undefined;
			store.#memoryReason = errorName(error) === 'VersionError' ? 'newer-database' : 'unavailable';
		}
		const channelName = options.channelName === undefined ? DB_NAME : options.channelName;
		if (store.#db && channelName && typeof BroadcastChannel !== 'undefined') {
			store.#channel = new BroadcastChannel(channelName);
			store.#channel.onmessage = (event: MessageEvent<ChannelMessage>) => void store.#onMessage(event.data);
		}
		return store;
	}

	async #openDatabase(name: string, timeoutMs: number): Promise<IDBPDatabase<TrainerDB>> {
		if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
		const opening = openDB<TrainerDB>(name, DB_VERSION, {
			upgrade(db, oldVersion) {
				for (let n = oldVersion + 1; n <= DB_VERSION; n++) schemaSteps[n]?.(db);
			},
			blocking: () => {
				// A newer build wants to upgrade the database in another tab: let it, and keep
				// this tab's work in memory rather than hold the other one back.
				this.#db?.close();
				this.#db = undefined;
				this.#memoryReason = 'closed-by-other-tab';
				this.#emit({ all: true });
			},
			terminated: () => {
				this.#db = undefined;
				this.#memoryReason = 'unavailable';
				this.#emit({ all: true });
			}
		});
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => {
				// Close the connection whenever it does arrive: this tab has moved on to memory.
				opening.then((db) => db.close()).catch(() => undefined);
				reject(new Error('IndexedDB did not open in time'));
			}, timeoutMs);
		});
		try {
			return await Promise.race([opening, timeout]);
		} finally {
			clearTimeout(timer);
		}
	}

	async #load(): Promise<void> {
		const db = this.#db!;
		const tx = db.transaction(['records', 'setAside'], 'readwrite');
		const recordStore = tx.objectStore('records');
		const [keys, values, aside] = await Promise.all([
			recordStore.getAllKeys(),
			recordStore.getAll(),
			tx.objectStore('setAside').getAll()
		]);
		const validation = this.#loaded.size === this.#kinds.size ? this.#validation : undefined;
		if (values.length > 0 && !validation) {
			// Loading code would let the transaction commit under us: load it, then read again.
			await tx.done;
			await this.#loadRules();
			return this.#load();
		}
		for (const entry of aside) this.#setAside.set(entry.key, entry);
		const at = this.#now();
		for (const [i, raw] of values.entries()) {
			const key = keys[i]!;
			const result = validation!.upgradeRecord(raw, this.#loaded);
			if (result.ok) {
				this.#records.set(result.record.id, result.record);
				continue;
			}
			const entry: SetAsideEntry = {
				key: `${key}@${at}`,
				id: key,
				reason: result.reason,
				detail: result.detail,
				raw,
				at
			};
			quiet(tx.objectStore('setAside').put(entry));
			quiet(recordStore.delete(key));
			this.#setAside.set(entry.key, entry);
			this.#setAsideOnOpen++;
		}
		await tx.done;
	}

	/** Where work is kept and what went wrong, for banners and the progress page. */
	get status(): StoreStatus {
		return {
			mode: this.#db ? 'persistent' : 'memory',
			memoryReason: this.#db ? undefined : this.#memoryReason,
			unsaved: this.#unsaved.size,
			writeError: this.#unsaved.size > 0 ? this.#writeError : undefined,
			setAside: this.#setAside.size,
			setAsideOnOpen: this.#setAsideOnOpen
		};
	}

	/** The data of one record, if it exists and belongs to the kind. */
	get<T>(kind: KindLike<T>, id: string): T | undefined {
		const record = this.#records.get(id);
		return record && record.kind === kind.kind ? (record.data as T) : undefined;
	}

	/** Every record of a kind, with id and time of last write. */
	list<T>(kind: KindLike<T>): { id: string; data: T; updatedAt: string }[] {
		const out: { id: string; data: T; updatedAt: string }[] = [];
		for (const record of this.#records.values()) {
			if (record.kind === kind.kind) out.push({ id: record.id, data: record.data as T, updatedAt: record.updatedAt });
		}
		return out;
	}

	/** The set-aside entries, oldest first. */
	setAsideEntries(): SetAsideEntry[] {
		return [...this.#setAside.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	}

	/**
	 * Loads a kind's rules if they are not loaded yet. After it resolves, `put` of that kind changes
	 * memory before it returns its promise, so that the next read sees the record.
	 */
	async ready(kind: KindLike<unknown>): Promise<void> {
		await this.#rulesFor(kind.kind);
	}

	#rulesFor(name: string): Validation | Promise<Validation> {
		if (this.#validation && this.#loaded.has(name)) return this.#validation;
		// One load per kind, shared: puts waiting on it resume in the order they were made.
		let loading = this.#loadingKinds.get(name);
		if (!loading) {
			loading = this.#loadRules([name]);
			this.#loadingKinds.set(name, loading);
			// A load that failed (the network dropped before the offline cache filled) is tried again.
			loading.catch(() => this.#loadingKinds.delete(name));
		}
		return loading;
	}

	/** Saves one record. Invalid data is a programming error and throws before anything changes. */
	async put<T>(kind: KindLike<T>, id: string, data: T): Promise<void> {
		if (!this.#kinds.has(kind.kind)) throw new Error(`record kind ${kind.kind} is not registered`);
		const rules = this.#rulesFor(kind.kind);
		// Synchronous once the kind's rules are loaded, so that a read right after a put sees it.
		const validation = rules instanceof Promise ? await rules : rules;
		const full = this.#loaded.get(kind.kind) as RecordKind<T>;
		const checked = validation.parseData(full, data);
		this.#records.set(id, { id, kind: kind.kind, v: full.version, data: checked, updatedAt: this.#now() });
		this.#emit({ ids: [id] });
		await this.#write([id]);
	}

	/** Deletes one record. */
	async remove(id: string): Promise<void> {
		if (!this.#records.delete(id)) return;
		this.#emit({ ids: [id] });
		await this.#write([id]);
	}

	/** Writes the given ids, retrying earlier failures, in order with earlier writes. */
	#write(ids: string[]): Promise<void> {
		for (const id of ids) this.#unsaved.add(id);
		this.#queue = this.#queue.then(async () => {
			const db = this.#db;
			if (!db || this.#unsaved.size === 0) return;
			const pending = [...this.#unsaved];
			try {
				const tx = db.transaction('records', 'readwrite');
				try {
					for (const id of pending) {
						const record = this.#records.get(id);
						quiet(record ? tx.store.put(record) : tx.store.delete(id));
					}
				} catch (error) {
					tx.abort();
					quiet(tx.done);
					throw error;
				}
				await tx.done;
				for (const id of pending) this.#unsaved.delete(id);
				this.#writeError = undefined;
				this.#channel?.postMessage({ type: 'records.changed', ids: pending } satisfies ChannelMessage);
			} catch (error) {
				this.#writeError = isQuotaError(error) ? 'quota' : 'other';
			}
			this.#emit({ ids: pending });
		});
		return this.#queue;
	}

	/** Waits until every write started so far has finished or failed. */
	flush(): Promise<void> {
		return this.#queue;
	}

	async #onMessage(message: ChannelMessage): Promise<void> {
		const db = this.#db;
		if (!db) return;
		if (message.type === 'records.replaced') {
			this.#records.clear();
			this.#setAside.clear();
			const before = this.#setAsideOnOpen;
			await this.#load();
			this.#setAsideOnOpen = before;
			this.#emit({ all: true });
			return;
		}
		const validation = await this.#allRules();
		const changed: string[] = [];
		for (const id of message.ids) {
			// Our own newer, unsaved value wins over what another tab wrote.
			if (this.#unsaved.has(id)) continue;
			const raw = await db.get('records', id);
			const result = raw === undefined ? undefined : validation.upgradeRecord(raw, this.#loaded);
			if (result === undefined) this.#records.delete(id);
			else if (result.ok) this.#records.set(id, result.record);
			else continue;
			changed.push(id);
		}
		if (changed.length) this.#emit({ ids: changed });
	}

	/**
	 * Everything saved, as an export file. Reads IndexedDB afresh so that records written by other
	 * tabs are included; records still unsaved in this tab win over stored ones.
	 */
	async exportFile(): Promise<ExportFile> {
		await this.flush();
		const validation = await this.#allRules();
		const records = new Map<string, StoredRecord>();
		const setAside = new Map(this.#setAside);
		const db = this.#db;
		if (db) {
			const tx = db.transaction(['records', 'setAside'], 'readonly');
			const [keys, values, aside] = await Promise.all([
				tx.objectStore('records').getAllKeys(),
				tx.objectStore('records').getAll(),
				tx.objectStore('setAside').getAll()
			]);
			for (const entry of aside) setAside.set(entry.key, entry);
			for (const [i, raw] of values.entries()) {
				const result = validation.upgradeRecord(raw, this.#loaded);
				if (result.ok) records.set(result.record.id, result.record);
				else {
					const key = `${keys[i]!}@${this.#now()}`;
					setAside.set(key, { key, id: keys[i]!, reason: result.reason, detail: result.detail, raw, at: this.#now() });
				}
			}
			for (const id of this.#unsaved) {
				const record = this.#records.get(id);
				if (record) records.set(id, record);
				else records.delete(id);
			}
		} else {
			for (const [id, record] of this.#records) records.set(id, record);
		}
		return buildExport([...records.values()], [...setAside.values()]);
	}

	/** Replaces all records with an import plan in one transaction; set-aside entries are only added. */
	async applyImport(plan: ImportPlan): Promise<void> {
		await this.flush();
		const added: SetAsideEntry[] = [];
		for (const entry of plan.setAside) {
			const existing = this.#setAside.get(entry.key);
			if (!existing) added.push(entry);
			else if (JSON.stringify(existing) !== JSON.stringify(entry)) {
				added.push({ ...entry, key: `${entry.key}+${this.#now()}` });
			}
		}
		const db = this.#db;
		if (db) {
			const tx = db.transaction(['records', 'setAside'], 'readwrite');
			try {
				quiet(tx.objectStore('records').clear());
				for (const record of plan.records) quiet(tx.objectStore('records').put(record));
				for (const entry of added) quiet(tx.objectStore('setAside').put(entry));
			} catch (error) {
				// All or nothing: the clear above must not commit without the new records.
				tx.abort();
				quiet(tx.done);
				throw error;
			}
			await tx.done;
		}
		this.#records = new Map(plan.records.map((record) => [record.id, record]));
		for (const entry of added) this.#setAside.set(entry.key, entry);
		this.#unsaved.clear();
		this.#writeError = undefined;
		this.#channel?.postMessage({ type: 'records.replaced' } satisfies ChannelMessage);
		this.#emit({ all: true });
	}

	/** Calls the listener after every change; returns the function that stops it. */
	subscribe(listener: (change: StoreChange) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#emit(change: StoreChange): void {
		for (const listener of this.#listeners) listener(change);
	}

	/** Closes the database and the channel (tests, and tabs that are going away). */
	close(): void {
		this.#channel?.close();
		this.#db?.close();
	}
}
