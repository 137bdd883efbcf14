import { formatIssues } from '../content/course-loader.server';
import { loadScenarios } from '../scenarios/scenario-loader';
import type { Scenario, ScenarioSummary } from '../scenarios/scenario.types';
import { personView } from '../roleplay/transcript';
import { getCases } from './cases';
import { getCourse } from './course';

const raw = import.meta.glob('/scenarios/*/*.yaml', { query: '?raw', import: 'default', eager: true });

let cached: { all: Scenario[]; published: Scenario[] } | undefined;

function load() {
	if (cached) return cached;
	const files = new Map(Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), String(text)]));
	const modules = new Set(getCourse().modules.map((m) => m.id));
	const { scenarios, issues } = loadScenarios(files, getCases(), modules);
	if (issues.length) throw new Error(`scenarios have ${issues.length} problem(s):\n${formatIssues(issues)}`);
	cached = {
		all: scenarios.map((s) => s.scenario),
		published: scenarios.filter((s) => !s.draft).map((s) => s.scenario)
	};
	return cached;
}

/**
 * The published role-plays (not marked `draft: true`), for the case page and the course map: id,
 * case, module, title, summary, who the learner meets and the meeting's length. Any problem in a
 * scenario file stops the build, naming file, node and field.
 */
export function getScenarios(): ScenarioSummary[] {
	return load().published.map((s) => {
		const customer = personView(s, s.customer);
		return {
			id: s.id,
			caseId: s.caseId,
			module: s.module,
			title: s.title,
			summary: s.summary,
			customer: { id: customer.id, name: customer.name, title: customer.title, short: customer.short },
			minutes: s.minutes,
			href: `/roleplay/${s.id}`
		};
	});
}

/** One published role-play, validated and resolved against its case, or undefined. */
export function getScenario(id: string): Scenario | undefined {
	return load().published.find((s) => s.id === id);
}
