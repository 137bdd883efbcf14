import { formatIssues } from '../content/course-loader.server';
import { loadCase } from '../scenarios/case-loader';
import type { CaseFile } from '../scenarios/case.schema';
import { loadHandout, type CaseHandout } from '../scenarios/handout-loader.server';
import type { Locale } from '../i18n/locale';
import { prepareSections, type Fragments } from './lesson-html';

const raw = import.meta.glob('/scenarios/*/case.yaml', { query: '?raw', import: 'default', eager: true });
const handouts = import.meta.glob('/scenarios/*/handout.*.md', { query: '?raw', import: 'default', eager: true });

let cached: Map<string, CaseFile> | undefined;
const handoutFragments: Fragments = new Map();

/** Every case company under `scenarios/`, by id. Any problem stops the build, naming file and field. */
export function getCases(): Map<string, CaseFile> {
	if (cached) return cached;
	const cases = new Map<string, CaseFile>();
	for (const [path, text] of Object.entries(raw)) {
		const file = path.replace(/^\//, '');
		const { value, issues } = loadCase(file, String(text));
		if (issues.length || !value) throw new Error(`case data has ${issues.length} problem(s):\n${formatIssues(issues)}`);
		cases.set(value.id, value);
	}
	cached = cases;
	return cases;
}

/** A case's student handout, diagrams drawn, with their stylesheets; undefined when the case has none. */
export function getHandout(caseId: string): (CaseHandout & { stylesheets: string[] }) | undefined {
	const data = getCases().get(caseId);
	const files: Partial<Record<Locale, { path: string; text: string }>> = {};
	for (const [path, text] of Object.entries(handouts)) {
		const match = /^\/scenarios\/([^/]+)\/handout\.(en|zh)\.md$/.exec(path);
		if (match?.[1] === caseId) files[match[2] as Locale] = { path: path.slice(1), text: String(text) };
	}
	if (!data || !Object.keys(files).length) return undefined;
	const { value, issues } = loadHandout(data, files);
	if (issues.length || !value) throw new Error(`handout has ${issues.length} problem(s):\n${formatIssues(issues)}`);
	const { body, stylesheets } = prepareSections(value.body, `case/${caseId}`, handoutFragments);
	return { ...value, body, stylesheets };
}

/** The prerendered fragments of every case handout (its diagrams), by path below `/fragments/`. */
export function getCaseFragments(): Fragments {
	for (const id of getCases().keys()) getHandout(id);
	return handoutFragments;
}
