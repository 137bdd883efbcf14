import * as v from 'valibot';
import { defineKind } from '../../../src/lib/persistence/kind';

/** A kind at version 3, with a history: v1 {text}, v2 {text, tags}, v3 {body, tags}. */
export const noteKind = defineKind<{ body: string; tags: string[] }>({
	kind: 'note',
	version: 3,
	schema: v.object({ body: v.string(), tags: v.array(v.string()) }),
	migrations: {
		1: (data) => ({ ...(data as object), tags: [] }),
		2: (data) => {
			const { text, tags } = data as { text: string; tags: string[] };
			return { body: text, tags };
		}
	}
});

/** A simple current kind with no history. */
export const counterKind = defineKind<{ n: number }>({
	kind: 'counter',
	version: 1,
	schema: v.object({ n: v.number() }),
	migrations: {}
});

export const kinds = [noteKind, counterKind];
export const kindMap = new Map(kinds.map((k) => [k.kind, k as never]));

let tick = 0;
/** A clock that moves one second per call, from a fixed start. */
export function fakeClock(): () => string {
	tick = 0;
	return () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)).toISOString();
}
