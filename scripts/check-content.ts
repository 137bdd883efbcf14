// Validates everything under content/ and messages/ and prints every problem as
// `file: field: message`. Exit code 1 when anything is wrong. Run by `npm run check`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { formatIssues, loadCourse } from '../src/lib/content/course-loader.server';
import { checkMessageBundle, duplicateKeys } from '../src/lib/i18n/message-check';
import { loadCase } from '../src/lib/scenarios/case-loader';
import type { CaseFile } from '../src/lib/scenarios/case.schema';
import { loadHandout } from '../src/lib/scenarios/handout-loader.server';
import { readTree } from './content-files';

const root = new URL('..', import.meta.url).pathname;
const problems: string[] = [];

const cases = new Map<string, CaseFile>();
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
		const { issues: handoutIssues } = loadHandout(value, { en: handout('en'), zh: handout('zh') });
		if (handoutIssues.length) problems.push(formatIssues(handoutIssues));
	}
}

const { course, issues } = loadCourse(readTree(root, 'content'), { cases });
if (issues.length) problems.push(formatIssues(issues));

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
console.log(`content ok: ${course.modules.length} module(s), ${course.lessons.size} lesson(s); messages ok`);
