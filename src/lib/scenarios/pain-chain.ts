import type { CaseFile } from './case.schema';

type Pain = CaseFile['pains'][number];

/**
 * The pains in the order the chain runs: from the people whose pain is nobody's reason, following
 * each reason to the person whose pain it is (breadth first); derived entries that hang off the
 * chain come last. Pure.
 */
export function painChainOrder(pains: readonly Pain[]): Pain[] {
	const targets = new Set(pains.flatMap((p) => p.reasons.map((r) => r.leadsTo)));
	const byPerson = new Map(pains.map((p) => [p.person, p]));
	const queue = pains.filter((p) => !targets.has(p.person) && !p.derived);
	const seen = new Set<string>();
	const out: Pain[] = [];
	while (queue.length) {
		const next = queue.shift()!;
		if (seen.has(next.person)) continue;
		seen.add(next.person);
		out.push(next);
		for (const reason of next.reasons) {
			const linked = reason.leadsTo ? byPerson.get(reason.leadsTo) : undefined;
			if (linked) queue.push(linked);
		}
	}
	return [...out, ...pains.filter((p) => !seen.has(p.person))];
}
