import { expect, test } from '@playwright/test';
import { AppModel } from './models/app.model';
import { ROUTES } from './routes';

test('no page breaks its Content-Security-Policy, and the policy forbids eval and foreign scripts', async ({
	page
}) => {
	// One test walks every route (27 of them), so it gets more than one page's time.
	test.setTimeout(120_000);
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	page.on('pageerror', (error) => violations.push(error.message));
	const app = new AppModel(page);
	for (const path of ROUTES) {
		await app.open(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, path).toContain("script-src 'self'");
		expect(policy, path).not.toContain('unsafe-eval');
		expect(policy, path).not.toMatch(/script-src[^;]*unsafe-inline/);
	}
	expect(violations).toEqual([]);
});

test('an injected inline script is blocked', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/');
	const blocked = await page.evaluate(
		() =>
			new Promise<boolean>((resolve) => {
				document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
				const script = document.createElement('script');
				script.textContent = 'window.injected = true';
				document.body.append(script);
				setTimeout(() => resolve(false), 500);
			})
	);
	expect(blocked).toBe(true);
	expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
