// `npm test`: the checks, then every unit, content and component test (Vitest), then the
// end-to-end tests (Playwright against a production build). Prints one closing line:
// `tests: N passed, N failed`. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function run(label, command, args, env = {}) {
	console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

let passed = 0;
let failed = 0;

const checked = run('check', 'npm', ['run', 'check']);
if (!checked) failed++;

run('unit, content and component tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile=${out}/vitest.json`
]);
try {
	const vitest = JSON.parse(readFileSync(`${out}/vitest.json`, 'utf8'));
	passed += vitest.numPassedTests;
	failed +=
		vitest.numFailedTests +
		(vitest.numTotalTestSuites > 0 && vitest.success === false && vitest.numFailedTests === 0 ? 1 : 0);
} catch {
	console.error('vitest wrote no results');
	failed++;
}

run('end-to-end tests', 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: `${out}/playwright.json` });
try {
	const playwright = JSON.parse(readFileSync(`${out}/playwright.json`, 'utf8'));
	passed += playwright.stats.expected + playwright.stats.flaky;
	failed += playwright.stats.unexpected;
	if (playwright.errors?.length) failed += playwright.errors.length;
} catch {
	console.error('playwright wrote no results');
	failed++;
}

console.log(`\nchecks: ${checked ? 'passed' : 'FAILED'}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
