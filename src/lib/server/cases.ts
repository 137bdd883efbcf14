import { formatIssues } from '../content/course-loader.server';
import { loadCase } from '../scenarios/case-loader';
import type { CaseFile } from '../scenarios/case.schema';

const raw = import.meta.glob('/scenarios/*/case.yaml', { query: '?raw', import: 'default', eager: true });

let cached: Map<string, CaseFile> | undefined;

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
