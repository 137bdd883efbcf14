/** The name of the IndexedDB database (and of the channel between tabs) that holds saved work. */
export const DB_NAME = 'ssm-trainer';

/**
 * Whether this browser already holds the app's database: `false` only when the browser says for
 * sure that it does not (a first visit, or site data cleared), `undefined` when it cannot tell
 * (no `indexedDB.databases()`, or IndexedDB refuses to answer).
 */
export async function databaseExists(name: string = DB_NAME): Promise<boolean | undefined> {
	try {
		if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined;
		const databases = await indexedDB.databases();
		return databases.some((database) => database.name === name);
	} catch {
		return undefined;
	}
}
