import { expect, test } from '@playwright/test';
import { AppModel } from './models/app.model';

test('the language follows the browser on a first visit', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
	const page = await context.newPage();
	const app = new AppModel(page);
	await app.open('/');
	expect(await app.lang()).toBe('zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('一次客户对话接一次客户对话，练好顾问式销售', {
		useInnerText: true
	});
	await context.close();
});

test('?lang=zh on any address switches the language, and it is remembered', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview?lang=zh');
	expect(await app.lang()).toBe('zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('一图看懂 IBM 特色销售方法论（SSM）', {
		useInnerText: true
	});
	await expect(page).toHaveTitle(/一图看懂/);
	await app.open('/course');
	expect(await app.lang()).toBe('zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('课程地图', { useInnerText: true });
	await app.open('/course?lang=en');
	expect(await app.lang()).toBe('en');
	await app.open('/');
	expect(await app.lang()).toBe('en');
});

test('the header switch changes the language at once, without losing the place, and remembers it', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview');
	await app.languageLink('中文').click();
	expect(await app.lang()).toBe('zh-CN');
	await expect(page).toHaveURL(/\/course\/opening\/ssm-overview$/);
	await expect(page.getByRole('heading', { name: '七个步骤，一一对应' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Seven steps, side by side' })).toBeHidden();
	await expect(app.languageLink('中文')).toHaveAttribute('aria-current', 'true');
	// On a first visit the choice is saved once the store has loaded: wait for it before reloading.
	await app.waitForStored('"locale":"zh"');
	await page.reload();
	await app.waitForApp();
	expect(await app.lang()).toBe('zh-CN');
	const records = await app.storedRecords();
	expect(records.find((r) => r.id === 'settings')?.data).toMatchObject({ locale: 'zh' });
});

test('a section link in Chinese scrolls to the Chinese copy of the section', async ({ page }) => {
	const app = new AppModel(page);
	await app.presetSettings({ locale: 'zh' });
	await app.open('/course/opening/ssm-overview');
	await page.getByRole('navigation', { name: '本页内容' }).getByRole('link', { name: '三个阶段' }).click();
	await expect(page).toHaveURL(/#phases--zh$/);
	await expect(page.getByRole('heading', { name: '三个阶段' })).toBeInViewport();
});

test('a lesson page carries its English prose; Chinese prose loads in one file when shown', async ({
	page,
	request
}) => {
	const zhProse = '大多数单子并不是在最后一刻丢掉的';
	const enProse = 'Most deals are not lost at the end.';
	const html = await (await request.get('/course/opening/ssm-overview')).text();
	expect(html).toContain(enProse);
	expect(html).not.toContain(zhProse);

	const fetched: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/fragments/')) fetched.push(new URL(r.url()).pathname);
	});
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview');
	await expect(app.main.getByText(enProse)).toBeVisible();
	expect(fetched).toEqual([]);

	await app.languageLink('中文').click();
	await expect(app.main.getByText(zhProse)).toBeVisible();
	await expect(app.main.getByText(enProse)).toBeHidden();
	expect(fetched).toEqual(['/fragments/opening/ssm-overview/prose.zh.json']);

	// A reader whose language is Chinese gets the Chinese prose straight away.
	await page.reload();
	await app.waitForApp();
	await expect(app.main.getByText(zhProse)).toBeVisible();
	await expect(app.main.locator('[data-l="zh"] .prose:empty')).toHaveCount(0);
});
