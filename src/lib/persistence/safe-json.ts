/** Keys that could reach an object's prototype if an imported object were ever merged carelessly. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The result of parsing untrusted JSON. */
export type SafeJsonResult = { ok: true; value: unknown; removedKeys: number } | { ok: false; error: string };

/** Parses untrusted JSON text and drops every `__proto__`, `constructor` and `prototype` key, counting them. */
export function parseUntrustedJson(text: string): SafeJsonResult {
	let removedKeys = 0;
	try {
		const value: unknown = JSON.parse(text, (key, val: unknown) => {
			if (UNSAFE_KEYS.has(key)) {
				removedKeys++;
				return undefined;
			}
			return val;
		});
		return { ok: true, value, removedKeys };
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
}
