import { expect, test } from '@playwright/test';
import { AppModel } from './models/app.model';

test('the projector theme enlarges the type, applies everywhere and survives a reload', async ({ page }) => {
	const app = new AppModel(page);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await app.open('/settings');
	const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
	expect(await bodySize()).toBeLessThan(20);
	await page.getByRole('radio', { name: /Projector/ }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
	expect(await bodySize()).toBeGreaterThanOrEqual(28);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await app.open('/course/opening/ssm-overview');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
	expect(await bodySize()).toBeGreaterThanOrEqual(28);
});

test('colours follow the system until a scheme is chosen', async ({ page }) => {
	const app = new AppModel(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await app.open('/settings');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(await background()).toBe('rgb(18, 20, 23)');
	await page.getByRole('radio', { name: 'Light' }).check();
	expect(await background()).toBe('rgb(255, 255, 255)');
	await page.reload();
	await app.waitForApp();
	expect(await background()).toBe('rgb(255, 255, 255)');
	await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
});

test('sound is off on a first visit, and turning it on is remembered', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/settings');
	const sound = page.getByRole('checkbox', { name: /Play sound cues/ });
	await expect(sound).not.toBeChecked();
	await sound.check();
	await app.waitForStored('"sound":true');
	await page.reload();
	await app.waitForApp();
	await expect(page.getByRole('checkbox', { name: /Play sound cues/ })).toBeChecked();
});

test('the language can be chosen in Settings as well as in the header', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/settings');
	await page.getByRole('radio', { name: '中文（简体）' }).check();
	expect(await app.lang()).toBe('zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置', { useInnerText: true });
});

test('reduced motion turns animations and transitions off', async ({ page }) => {
	const app = new AppModel(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await app.open('/');
	const duration = await page.evaluate(() => getComputedStyle(document.querySelector('.button')!).transitionDuration);
	expect(parseFloat(duration)).toBeLessThan(0.001);
});
