// `npm run bench`: builds the app, serves the build with brotli on 127.0.0.1, and loads every
// prerendered route in Chromium with a cold cache. Prints, per route, the compressed bytes
// transferred by type (JS, CSS, HTML, fonts, other) and first-paint timings; writes the same
// figures to .bench/results.json. Budget: 60 KB brotli for the first load of / and of a lesson.
// Options: --no-build (reuse build/), --port N.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const { values } = parseArgs({
	options: { 'no-build': { type: 'boolean', default: false }, port: { type: 'string', default: '4180' } }
});
const BUDGET = 60 * 1024;
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
	return routes.sort();
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
try {
	for (const route of prerenderedRoutes()) {
		// A new context is a cold cache; service workers are blocked so that only the page's own
		// requests are counted (the offline cache fills in the background after the first load).
		const context = await browser.newContext({
			serviceWorkers: 'block',
			viewport: { width: 1366, height: 768 },
			ignoreHTTPSErrors: true
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
		const timing = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0];
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			return { fcp: fcp?.startTime ?? null, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
		});
		const row = {
			route,
			js: 0,
			css: 0,
			html: 0,
			fonts: 0,
			other: 0,
			requests: requests.size,
			notBrotli: [],
			...timing
		};
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
		results.push(row);
		await context.close();
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
			`| ${r.route} | ${kb(r.js)} | ${kb(r.css)} | ${kb(r.html)} | ${kb(r.fonts)} | ${kb(r.other)} | ${kb(r.total)}${r.total > BUDGET ? ' ⚠' : ''} | ${r.requests} | ${ms(r.fcp)} | ${ms(r.load)} |`
	)
];
console.log('\nFirst load, cold cache, brotli (KB = 1024 bytes of compressed body):\n');
console.log(lines.join('\n'));
const over = results.filter((r) => r.total > BUDGET);
console.log(
	`\nbudget ${kb(BUDGET)} KB per first load: ${over.length ? `over on ${over.map((r) => r.route).join(', ')}` : 'every route within'}`
);
for (const r of results) if (r.notBrotli.length) console.log(`not brotli on ${r.route}: ${r.notBrotli.join(', ')}`);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', JSON.stringify({ budgetBytes: BUDGET, results }, null, 2));
