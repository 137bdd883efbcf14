import type { SamTimCase } from '$lib/classroom/sam-tim';

let cached: Promise<SamTimCase> | undefined;

/** The SAM/TIM role-play's case facts, fetched once per window from the prerendered file. */
export function loadSamTim(): Promise<SamTimCase> {
	cached ??= fetch('/present/sam-tim.json').then((response) => {
		if (!response.ok) throw new Error(`sam-tim.json: ${response.status}`);
		return response.json() as Promise<SamTimCase>;
	});
	cached.catch(() => (cached = undefined));
	return cached;
}
