// Validates everything under content/ and messages/ and prints every problem as
// `file: field: message`. Exit code 1 when anything is wrong. Run by `npm run check`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { auditCourse } from '../src/lib/content/content-audit';
import { formatIssues, loadCourse } from '../src/lib/content/course-loader.server';
import { checkMessageBundle, duplicateKeys } from '../src/lib/i18n/message-check';
import { walkScenario } from '../src/lib/roleplay/scenario-walk';
import { loadCase } from '../src/lib/scenarios/case-loader';
import type { CaseFile } from '../src/lib/scenarios/case.schema';
import { loadHandout, type CaseHandout } from '../src/lib/scenarios/handout-loader.server';
import { loadScenarios } from '../src/lib/scenarios/scenario-loader';
import { readTree } from './content-files';

const root = new URL('..', import.meta.url).pathname;
const problems: string[] = [];

const cases = new Map<string, CaseFile>();
const handouts = new Map<string, CaseHandout>();
const scenarioFiles = new Map<string, string>();
for (const caseId of readdirSync(`${root}/scenarios`).filter((name) => !name.includes('.'))) {
	const file = `scenarios/${caseId}/case.yaml`;
	const { value, issues: caseIssues } = loadCase(file, readFileSync(`${root}/${file}`, 'utf8'));
	if (caseIssues.length) problems.push(formatIssues(caseIssues));
	if (value) cases.set(value.id, value);
	const handout = (locale: string) => {
		const path = `scenarios/${caseId}/handout.${locale}.md`;
		return existsSync(`${root}/${path}`) ? { path, text: readFileSync(`${root}/${path}`, 'utf8') } : undefined;
	};
	if (value && (handout('en') || handout('zh'))) {
		const { value: loaded, issues: handoutIssues } = loadHandout(value, { en: handout('en'), zh: handout('zh') });
		if (handoutIssues.length) problems.push(formatIssues(handoutIssues));
		if (loaded) handouts.set(value.id, loaded);
	}
	for (const name of readdirSync(`${root}/scenarios/${caseId}`).filter(
		(n) => n.endsWith('.yaml') && n !== 'case.yaml'
	)) {
		scenarioFiles.set(`scenarios/${caseId}/${name}`, readFileSync(`${root}/scenarios/${caseId}/${name}`, 'utf8'));
	}
}

const { course, issues } = loadCourse(readTree(root, 'content'), { cases });
if (issues.length) problems.push(formatIssues(issues));

// What readers see once rendered: every exercise resolves against the case and the method, and no
// Markdown marker is left as literal text in a lesson, note, handout or exercise.
const audit = auditCourse(course, { cases, ssmSteps: course.ssmSteps }, handouts);
if (audit.length) problems.push(formatIssues(audit));

// Role-plays: the loader's checks, then a walk of every moment of each on the real machine.
const modules = new Set(course.modules.map((m) => m.id));
const { scenarios, issues: scenarioIssues } = loadScenarios(scenarioFiles, cases, modules);
if (scenarioIssues.length) problems.push(formatIssues(scenarioIssues));
for (const { scenario, file } of scenarios)
	problems.push(...walkScenario(scenario).issues.map((i) => `${file}: (walk): ${i}`));

const english: Record<string, Record<string, unknown>> = {};
for (const bundle of readdirSync(`${root}/messages`)) {
	const read = (locale: string) => JSON.parse(readFileSync(`${root}/messages/${bundle}/${locale}.json`, 'utf8'));
	const found = checkMessageBundle(`messages/${bundle}`, { en: read('en'), zh: read('zh') });
	problems.push(...found.map((i) => `${i.file}: ${i.key}: ${i.message}`));
	english[`messages/${bundle}`] = read('en');
}
problems.push(...duplicateKeys(english).map((i) => `${i.file}: ${i.key}: ${i.message}`));

if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(1);
}
console.log(
	`content ok: ${course.modules.length} module(s), ${course.lessons.size} lesson(s), ${course.exercises.size} exercise(s), ${scenarios.length} role-play(s); messages ok`
);
