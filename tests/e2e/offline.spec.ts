import { expect, test } from '@playwright/test';
import { AppModel } from './models/app.model';

test.use({ serviceWorkers: 'allow' });

test('after one visit, every page opens offline, including routes rendered in the browser', async ({
	page,
	context
}) => {
	// Installing the service worker caches every file of the build: on a busy machine that alone
	// can take most of the default thirty seconds.
	test.setTimeout(90_000);
	const app = new AppModel(page);
	await app.open('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await app.open('/course/opening/ssm-overview?lang=zh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('一图看懂 IBM 特色销售方法论（SSM）', {
		useInnerText: true
	});
	await page.getByRole('button', { name: '将本课标记为已完成' }).click();
	await expect(page.getByText(/你已于/)).toBeVisible();
	await app.open('/roleplay/anything');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await app.open('/course');
	await expect(page.getByText('已完成 1/3 课')).toBeVisible();
	await context.setOffline(false);
});
