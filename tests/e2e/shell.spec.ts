import { expect, test } from '@playwright/test';
import { AppModel } from './models/app.model';
import { ROUTES } from './routes';

test('the home page offers the three ways in and the first lesson', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Practise consultative selling/, {
		useInnerText: true
	});
	const ways = app.main.locator('.ways > li');
	await expect(ways).toHaveCount(3);
	for (const [i, name] of ['The course', 'The case and its role-plays', 'Instructor mode'].entries()) {
		await expect(ways.nth(i).getByRole('link', { name })).toBeVisible();
		await expect(ways.nth(i).locator('.status')).toHaveText('Available now', { useInnerText: true });
	}
	await expect(app.main).not.toContainText(/being built/i, { useInnerText: true });
	await app.main.getByRole('link', { name: 'Instructor mode' }).click();
	await expect(page).toHaveURL(/\/present$/);
	await page.goBack();
	await app.main.getByRole('link', { name: 'The Signature Selling Method at a glance' }).click();
	await expect(page).toHaveURL(/\/course\/opening\/ssm-overview$/);
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/course');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.keyboard.press('Tab');
	await expect(app.main.locator(':focus')).toHaveCount(1);
});

test('the keyboard alone reaches a lesson from the home page and marks it done', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/');
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim());
		if (text === 'Course') break;
	}
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/course$/);
	await app.waitForApp();
	const lessonLink = app.main.getByRole('link', { name: 'The Signature Selling Method at a glance' }).last();
	await lessonLink.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/ssm-overview$/);
	const done = page.getByRole('button', { name: 'Mark this lesson as done' });
	await done.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText(/You finished this lesson on/)).toBeVisible();
});

test('every route has one main landmark and a level-one heading', async ({ page }) => {
	const app = new AppModel(page);
	for (const path of ROUTES) {
		await app.open(path);
		await expect(page.locator('main')).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	}
});

test('an unknown address shows a page-not-found message with a way home', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found', { useInnerText: true });
	await expect(app.main.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
});

test('an unknown role-play says so plainly', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/roleplay/anything');
	await expect(app.main.locator('.notice')).toHaveText(/No role-play is published under this name yet/);
});
