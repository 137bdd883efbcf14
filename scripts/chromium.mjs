// How this project launches Chromium: Debian's /usr/bin/chromium when it exists (Playwright cannot
// download its own browser on these machines), otherwise Playwright's bundled browser.
import { existsSync } from 'node:fs';

/** Launch options shared by the Playwright tests, the benchmark and the screenshot script. */
export const chromiumLaunchOptions = {
	executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
};
