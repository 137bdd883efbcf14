/** A piece of a template sentence: plain text, or the place of a blank. */
export type Segment = { kind: 'text'; text: string } | { kind: 'blank'; id: string };

/** Splits a template sentence into text and blanks (`{blank-id}`). */
export function segments(text: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(/\{([a-z0-9-]+)\}/g)) {
		if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
		out.push({ kind: 'blank', id: match[1]! });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	return out;
}
