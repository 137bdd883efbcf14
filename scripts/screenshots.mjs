// Takes screenshots of pages at phone, laptop and projector sizes, in both languages, so that a
// person can look at them. Needs a served build (npm run build && node scripts/serve.mjs).
// Usage: node scripts/screenshots.mjs [--base http://127.0.0.1:4173] [--out screenshots] [path ...]
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		base: { type: 'string', default: 'http://127.0.0.1:4173' },
		out: { type: 'string', default: 'screenshots' },
		full: { type: 'boolean', default: true }
	}
});

const paths = positionals.length
	? positionals
	: ['/', '/course', '/course/opening/ssm-overview', '/settings', '/progress'];
const views = [
	{ name: 'phone', width: 390, height: 844, theme: 'standard' },
	{ name: 'laptop', width: 1366, height: 768, theme: 'standard' },
	{ name: 'projector', width: 1920, height: 1080, theme: 'projector' }
];

mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const view of views) {
	for (const locale of ['en', 'zh']) {
		const context = await browser.newContext({
			viewport: { width: view.width, height: view.height },
			serviceWorkers: 'block'
		});
		await context.addInitScript(
			([theme, lang]) =>
				localStorage.setItem('ssm-trainer.settings', JSON.stringify({ locale: lang, theme, scheme: 'light' })),
			[view.theme, locale]
		);
		const page = await context.newPage();
		for (const path of paths) {
			await page.goto(values.base + path, { waitUntil: 'networkidle' });
			const name = `${path.replace(/^\//, '').replace(/\//g, '_') || 'home'}.${view.name}.${locale}.png`;
			await page.screenshot({ path: `${values.out}/${name}`, fullPage: values.full });
			console.log(name);
		}
		await context.close();
	}
}
await browser.close();
