// `npm run bench`: builds the app, serves the build with brotli on 127.0.0.1, and loads every
// prerendered route in Chromium with a cold cache. Prints, per route, the compressed bytes
// transferred by type (JS, CSS, HTML, fonts, other) and first-paint timings; writes the same
// figures to .bench/results.json. Budget: 60 KB brotli for the first load of / and of a lesson,
// 90 KB for a role-play with its scenario; what starting the meeting adds (the dialogue machine
// loads when the learner presses Start) is printed apart. For the role-plays it also times, with the
// Performance API in the page, each choice until its line is on screen, and prints the median.
// Options: --no-build (reuse build/), --port N, --only REGEX (routes matching it; skips the choice
// timings unless a role-play matches), --requests (also lists each request's compressed size).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const { values } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		port: { type: 'string', default: '4180' },
		only: { type: 'string' },
		requests: { type: 'boolean', default: false }
	}
});
const BUDGET = 60 * 1024;
const ROLEPLAY_BUDGET = 90 * 1024;
const budgetFor = (route) => (route.startsWith('/roleplay/') ? ROLEPLAY_BUDGET : BUDGET);
const base = `https://127.0.0.1:${values.port}`;

if (!values['no-build']) {
	console.log('building…');
	const built = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Every prerendered page of the build, as a URL path. */
function prerenderedRoutes(dir = 'build') {
	const routes = [];
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name.endsWith('.html') && name !== '200.html') {
				const route =
					'/' +
					relative(dir, path)
						.replace(/\\/g, '/')
						.replace(/(index)?\.html$/, '');
				routes.push(route.length > 1 ? route.replace(/\/$/, '') : route);
			}
		}
	};
	walk(dir);
	const only = values.only ? new RegExp(values.only) : null;
	return routes.filter((route) => !only || only.test(route)).sort();
}

function category(type, url) {
	if (type === 'Script') return 'js';
	if (type === 'Stylesheet') return 'css';
	if (type === 'Document') return 'html';
	if (type === 'Font') return 'fonts';
	if (type === 'Fetch' && url.endsWith('.js')) return 'js';
	return 'other';
}

// Chromium asks for brotli over HTTPS only, so the bench serves HTTPS with a throwaway certificate.
mkdirSync('.bench', { recursive: true });
const made = spawnSync(
	'openssl',
	[
		'req',
		'-x509',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-days',
		'1',
		'-subj',
		'/CN=127.0.0.1',
		'-keyout',
		'.bench/key.pem',
		'-out',
		'.bench/cert.pem'
	],
	{ stdio: 'ignore' }
);
if (made.status !== 0) throw new Error('openssl could not make a certificate for the HTTPS bench server');
const server = spawn(
	'node',
	['scripts/serve.mjs', '--port', values.port, '--key', '.bench/key.pem', '--cert', '.bench/cert.pem'],
	{
		stdio: ['ignore', 'pipe', 'inherit']
	}
);
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch(chromiumLaunchOptions);
const results = [];
const choiceTimings = [];

/**
 * Plays a role-play in coach mode, choosing the first choice on offer that does not close the
 * meeting, and reads the page's own measure of each choice until its line is on screen (marked
 * before the machine gets the choice, measured once the DOM shows the reply). Restarts when a
 * meeting ends, until 20 choices are timed.
 */
async function timeChoices(route) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 1366, height: 768 },
		ignoreHTTPSErrors: true
	});
	const page = await context.newPage();
	await page.goto(base + route, { waitUntil: 'networkidle' });
	await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true');
	await page.locator('form.start button[type=submit]').click();
	const durations = [];
	for (let guard = 0; durations.length < 20 && guard < 60; guard++) {
		const ids = await page.locator('[data-choice]').evaluateAll((els) => els.map((e) => e.getAttribute('data-choice')));
		if (ids.length === 0) {
			const phase = await page.locator('.player').getAttribute('data-phase');
			if (phase === 'ended') await page.locator('.ended button').click();
			else if (phase === 'debrief') await page.locator('.replay button').first().click();
			else await page.waitForTimeout(50);
			continue;
		}
		const pick = ids.find((id) => !/^close-|wrap|-back$|again$/.test(id)) ?? ids[0];
		const before = await page.evaluate(() => performance.getEntriesByName('roleplay-choice-to-line').length);
		await page.locator(`[data-choice="${pick}"]`).click();
		await page.waitForFunction((n) => performance.getEntriesByName('roleplay-choice-to-line').length > n, before);
		durations.push(await page.evaluate(() => performance.getEntriesByName('roleplay-choice-to-line').at(-1).duration));
	}
	await context.close();
	const sorted = [...durations].sort((a, b) => a - b);
	const median = sorted.length ? (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2 : null;
	return { choices: durations.length, medianMs: median, maxMs: sorted.at(-1) ?? null };
}
// Lessons are measured for a reader in each language: the page carries the English prose, and a
// Chinese reader's browser loads the Chinese prose on top.
const isLesson = (route) => /^\/course\/[^/]+\/[^/]+$/.test(route);
const passes = prerenderedRoutes().flatMap((route) =>
	isLesson(route)
		? [
				{ route, locale: 'en-US' },
				{ route, locale: 'zh-CN' }
			]
		: [{ route, locale: 'en-US' }]
);
try {
	for (const { route, locale } of passes) {
		// A new context is a cold cache; service workers are blocked so that only the page's own
		// requests are counted (the offline cache fills in the background after the first load).
		const context = await browser.newContext({
			serviceWorkers: 'block',
			viewport: { width: 1366, height: 768 },
			ignoreHTTPSErrors: true,
			locale
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const requests = new Map();
		cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
			requests.set(requestId, {
				type,
				url: response.url,
				encoding: Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] ?? '',
				bytes: 0
			});
		});
		cdp.on('Network.dataReceived', ({ requestId, encodedDataLength }) => {
			const entry = requests.get(requestId);
			if (entry) entry.bytes += encodedDataLength;
		});
		cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
			const entry = requests.get(requestId);
			// Some responses report their body only here; keep the larger body figure.
			if (entry && entry.bytes === 0) entry.bytes = encodedDataLength;
		});
		await page.goto(base + route, { waitUntil: 'networkidle' });
		// A role-play's first load is the page with its scenario; the dialogue machine's code loads
		// when the learner presses Start, and is reported on its own, up to the first line.
		let beforeStart;
		if (route.startsWith('/roleplay/')) {
			await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true');
			beforeStart = new Map([...requests].map(([id, entry]) => [id, entry.bytes]));
			await page.locator('form.start button[type=submit]').click();
			await page.locator('[data-choice]').first().waitFor();
			await page.waitForLoadState('networkidle');
		}
		const timing = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0];
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			return { fcp: fcp?.startTime ?? null, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
		});
		const row = {
			route: locale === 'en-US' ? route : `${route} (${locale.slice(0, 2)})`,
			js: 0,
			css: 0,
			html: 0,
			fonts: 0,
			other: 0,
			requests: requests.size,
			notBrotli: [],
			...timing
		};
		if (beforeStart) {
			row.startBytes = 0;
			for (const [id, entry] of requests) {
				const earlier = beforeStart.get(id) ?? 0;
				row.startBytes += entry.bytes - earlier;
				entry.bytes = earlier;
			}
		}
		for (const entry of requests.values()) {
			row[category(entry.type, entry.url)] += entry.bytes;
			if (
				/\.(js|css|html)$|\/$|\/[^.]*$/.test(new URL(entry.url).pathname) &&
				entry.encoding.toLowerCase() !== 'br' &&
				entry.bytes > 1024
			) {
				row.notBrotli.push(entry.url);
			}
		}
		row.total = row.js + row.css + row.html + row.fonts + row.other;
		row.budget = budgetFor(route);
		if (values.requests) {
			row.each = [...requests.values()]
				.filter((entry) => entry.bytes > 0)
				.map((entry) => ({ url: new URL(entry.url).pathname, bytes: entry.bytes }));
		}
		results.push(row);
		await context.close();
	}
	for (const route of prerenderedRoutes().filter((r) => r.startsWith('/roleplay/'))) {
		choiceTimings.push({ route, ...(await timeChoices(route)) });
	}
} finally {
	await browser.close();
	server.kill();
}

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n == null ? '–' : Math.round(n).toString());
const lines = [
	'| route | JS | CSS | HTML | fonts | other | total KB | requests | FCP ms | load ms |',
	'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	...results.map(
		(r) =>
			`| ${r.route} | ${kb(r.js)} | ${kb(r.css)} | ${kb(r.html)} | ${kb(r.fonts)} | ${kb(r.other)} | ${kb(r.total)}${r.total > r.budget ? ' ⚠' : ''} | ${r.requests} | ${ms(r.fcp)} | ${ms(r.load)} |`
	)
];
console.log('\nFirst load, cold cache, brotli (KB = 1024 bytes of compressed body):\n');
console.log(lines.join('\n'));
if (values.requests) {
	for (const r of results) {
		console.log(`\n${r.route}:`);
		for (const entry of r.each) console.log(`  ${kb(entry.bytes).padStart(6)}  ${entry.url}`);
	}
}
const over = results.filter((r) => r.total > r.budget);
console.log(
	`\nbudget ${kb(BUDGET)} KB per first load (${kb(ROLEPLAY_BUDGET)} KB for a role-play with its scenario): ${over.length ? `over on ${over.map((r) => r.route).join(', ')}` : 'every route within'}`
);
for (const r of results.filter((x) => x.startBytes !== undefined)) {
	console.log(
		`${r.route}: first load ${kb(r.total)} KB with its scenario; starting the meeting adds ${kb(r.startBytes)} KB (the dialogue machine), ${kb(r.total + r.startBytes)} KB up to the first line`
	);
}
if (choiceTimings.length) {
	console.log('\nRole-play, from a choice to its line on screen (Performance API in the page; target under 16 ms):\n');
	console.log('| route | choices timed | median ms | max ms |\n| --- | ---: | ---: | ---: |');
	for (const t of choiceTimings) {
		console.log(
			`| ${t.route} | ${t.choices} | ${t.medianMs == null ? '–' : t.medianMs.toFixed(1)} | ${t.maxMs == null ? '–' : t.maxMs.toFixed(1)} |`
		);
	}
}
for (const r of results) if (r.notBrotli.length) console.log(`not brotli on ${r.route}: ${r.notBrotli.join(', ')}`);
mkdirSync('.bench', { recursive: true });
writeFileSync(
	'.bench/results.json',
	JSON.stringify({ budgetBytes: BUDGET, roleplayBudgetBytes: ROLEPLAY_BUDGET, results, choiceTimings }, null, 2)
);
