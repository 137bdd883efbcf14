import { describe, expect, it } from 'vitest';
import { parseUntrustedJson } from '../../../src/lib/persistence/safe-json';

describe('parseUntrustedJson', () => {
	it('removes __proto__, constructor and prototype keys at any depth and counts each one', () => {
		const result = parseUntrustedJson(
			'{"a":1,"__proto__":{"polluted":true},"b":{"constructor":{"prototype":{"x":1}},"c":[{"prototype":2}]}}'
		);
		// four keys: __proto__, constructor, the prototype inside it, and the prototype in the array
		expect(result).toEqual({ ok: true, removedKeys: 4, value: { a: 1, b: { c: [{}] } } });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('reports text that is not JSON', () => {
		const result = parseUntrustedJson('{not json');
		expect(result.ok).toBe(false);
	});

	it('keeps ordinary keys that merely contain the words', () => {
		const result = parseUntrustedJson('{"constructorName":"x","my_prototype":1}');
		expect(result).toEqual({ ok: true, removedKeys: 0, value: { constructorName: 'x', my_prototype: 1 } });
	});
});
