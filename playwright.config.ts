import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// Parallel checkouts (git worktrees) each pick their own port.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	timeout: 30_000,
	reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// The service worker is tested on its own (offline.spec.ts); elsewhere it would cache between tests.
		serviceWorkers: 'block',
		trace: 'retain-on-failure',
		launchOptions: chromiumLaunchOptions
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
	webServer: {
		command: `npm run build && node scripts/serve.mjs --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore'
	}
});
