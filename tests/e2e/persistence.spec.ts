import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppModel } from './models/app.model';

async function exportFile(page: Page, button: string): Promise<string> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).first().click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^ssm-trainer-progress-\d{4}-\d{2}-\d{2}\.json$/);
	return readFileSync(await file.path(), 'utf8');
}

async function importText(page: Page, text: string, name = 'progress.json'): Promise<void> {
	const path = test.info().outputPath(name);
	writeFileSync(path, text);
	await page.getByLabel('Choose a file to import').setInputFiles(path);
}

test('lesson progress survives a reload and shows on the course map and the progress page', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview');
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await app.waitForStored('"completedAt"');
	await page.reload();
	await app.waitForApp();
	await expect(page.getByRole('button', { name: 'Mark as not done' })).toBeVisible();
	await app.open('/course');
	await expect(page.getByText('1 of 3 lessons done')).toBeVisible();
	await expect(app.main.locator('.lessons li.done')).toHaveCount(1);
	await app.open('/progress');
	await expect(app.main.getByText(/^done /)).toBeVisible();
});

test('export → import → export gives an identical file', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview');
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await app.waitForStored('"completedAt"');
	await app.open('/settings');
	await page.getByRole('checkbox', { name: /Play sound cues/ }).check();
	await app.waitForStored('"sound":true');
	await app.open('/progress');
	const first = await exportFile(page, 'Export everything');
	expect(JSON.parse(first).records.map((r: { id: string }) => r.id)).toEqual([
		'lesson:opening/ssm-overview',
		'settings'
	]);

	await importText(page, first);
	await expect(page.getByText('The file holds 2 saved items.')).toBeVisible();
	await page.getByRole('button', { name: 'Replace my progress with this file' }).click();
	await expect(page.getByText('Import complete: 2 items restored.')).toBeVisible();
	expect(await exportFile(page, 'Export everything')).toBe(first);
});

test('importing restores progress into a browser that had none', async ({ page, browser }) => {
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview');
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await app.waitForStored('"completedAt"');
	await app.open('/progress');
	const text = await exportFile(page, 'Export everything');

	const other = await browser.newContext({ serviceWorkers: 'block' });
	const fresh = new AppModel(await other.newPage());
	await fresh.open('/progress');
	await expect(fresh.main.getByText('You have not opened any lesson yet.')).toBeVisible();
	await expect(fresh.page.getByTestId('storage-mode')).toHaveText(/^Nothing is saved in this browser yet/, {
		useInnerText: true
	});
	await importText(fresh.page, text);
	await fresh.page.getByRole('button', { name: 'Replace my progress with this file' }).click();
	await expect(fresh.main.getByText(/^done /)).toBeVisible();
	await expect(fresh.page.getByTestId('storage-mode')).toHaveText('Saved in this browser.', { useInnerText: true });
	await other.close();
});

test('a bad file gets a clear message in the page language and changes nothing', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview');
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await app.waitForStored('"completedAt"');
	await app.open('/progress');
	const before = await app.storedRecords();

	await importText(page, '{ this is not json', 'broken.json');
	await expect(page.getByRole('alert')).toHaveText(/not valid JSON.*Nothing was changed/, { useInnerText: true });
	await importText(page, JSON.stringify({ hello: 'world' }), 'other.json');
	await expect(page.getByRole('alert')).toHaveText(/not an export of the SSM Trainer/, { useInnerText: true });
	await importText(
		page,
		JSON.stringify({
			format: 'ssm-trainer/progress',
			formatVersion: 1,
			records: [
				{ id: 'settings', kind: 'settings', v: 1, data: { locale: 'klingon' }, updatedAt: '2026-01-01T00:00:00.000Z' }
			]
		}),
		'damaged.json'
	);
	await expect(page.getByRole('alert')).toHaveText('Item 1 of the file (settings) is damaged. Nothing was changed.', {
		useInnerText: true
	});
	expect(await app.storedRecords()).toEqual(before);

	await app.languageLink('中文').click();
	await importText(page, '{', 'broken2.json');
	await expect(page.getByRole('alert')).toHaveText(/不是有效的 JSON.*未做任何更改/, { useInnerText: true });
});

test('unsafe keys in an imported file are removed and the user is told', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/progress');
	await importText(
		page,
		'{"format":"ssm-trainer/progress","formatVersion":1,"__proto__":{"isAdmin":true},"records":[{"id":"lesson:opening/ssm-overview","kind":"lessonProgress","v":1,"data":{"firstSeenAt":"2026-01-01T00:00:00.000Z","constructor":{"prototype":{}}},"updatedAt":"2026-01-01T00:00:00.000Z"}]}'
	);
	await expect(page.getByText('3 unsafe keys (such as __proto__) were removed from the file.')).toBeVisible();
	await page.getByRole('button', { name: 'Replace my progress with this file' }).click();
	// Nothing was saved before, so the import first loads the store and creates the database.
	await expect
		.poll(() => app.storedRecords())
		.toEqual([
			expect.objectContaining({ id: 'lesson:opening/ssm-overview', data: { firstSeenAt: '2026-01-01T00:00:00.000Z' } })
		]);
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('isAdmin');
});

test('unreadable saved data is set aside, the app starts with defaults and says so, and exports keep it', async ({
	page
}) => {
	const app = new AppModel(page);
	// A board opens the store, which creates the database this test then spoils.
	await app.open('/workbook/opportunity');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const request = indexedDB.open('ssm-trainer');
				request.onsuccess = () => {
					const tx = request.result.transaction('records', 'readwrite');
					tx.objectStore('records').put({
						id: 'settings',
						kind: 'settings',
						v: 99,
						data: { locale: 'zh', future: true },
						updatedAt: '2026-01-01T00:00:00.000Z'
					});
					tx.objectStore('records').put({
						id: 'lesson:opening/ssm-overview',
						kind: 'lessonProgress',
						v: 1,
						data: 'garbage',
						updatedAt: '2026-01-01T00:00:00.000Z'
					});
					tx.oncomplete = () => {
						request.result.close();
						resolve();
					};
				};
			})
	);
	await app.open('/progress');
	await expect(page.getByTestId('banner-set-aside')).toHaveText(/2 saved items could not be read and were set aside/, {
		useInnerText: true
	});
	await expect(page.getByTestId('set-aside')).toBeVisible();
	const exported = JSON.parse(await exportFile(page, 'Export everything'));
	expect(exported.setAside.map((e: { id: string; reason: string }) => [e.id, e.reason]).sort()).toEqual([
		['lesson:opening/ssm-overview', 'corrupt'],
		['settings', 'future-version']
	]);
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByTestId('banner-set-aside')).toBeHidden();
});

test('when IndexedDB cannot open, the app runs in memory with a banner and an export button', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(IDBFactory.prototype, 'open', {
			value() {
				throw new DOMException('blocked by the browser', 'SecurityError');
			}
		});
	});
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview');
	// Nothing is saved yet, so the app tries the database at the first save and says so then.
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await expect(page.getByTestId('banner-memory')).toHaveText(/not saving your progress/, { useInnerText: true });
	await expect(page.getByText(/You finished this lesson on/)).toBeVisible();
	const exported = JSON.parse(await exportFile(page, 'Export my work'));
	expect(exported.records.map((r: { id: string }) => r.id)).toContain('lesson:opening/ssm-overview');
});

test('when storage is full, work stays in the tab with a lasting warning and can be exported', async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/course/opening/ssm-overview');
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('quota exceeded', 'QuotaExceededError');
		};
	});
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	const banner = page.getByTestId('banner-write');
	await expect(banner).toHaveText(/storage is full, so 1 recent changes are kept in this tab only/, {
		useInnerText: true
	});
	await expect(page.getByText(/You finished this lesson on/)).toBeVisible();
	const exported = JSON.parse(await exportFile(page, 'Export my work'));
	expect(
		exported.records.find((r: { id: string }) => r.id === 'lesson:opening/ssm-overview').data.completedAt
	).toBeTruthy();
	await app.header.getByRole('link', { name: 'Course', exact: true }).click();
	await expect(banner).toBeVisible();
});

test('two tabs writing different records lose nothing', async ({ context }) => {
	const tabA = new AppModel(await context.newPage());
	const tabB = new AppModel(await context.newPage());
	await tabA.open('/course/opening/ssm-overview');
	await tabB.open('/settings');
	await Promise.all([
		tabA.page.getByRole('button', { name: 'Mark this lesson as done' }).click(),
		tabB.page.getByRole('checkbox', { name: /Play sound cues/ }).check()
	]);
	await expect(tabA.page.getByText(/You finished this lesson on/)).toBeVisible();
	await expect(tabB.page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await tabA.open('/progress');
	await expect
		.poll(async () => (await tabA.storedRecords()).map((r) => r.id).sort())
		.toEqual(['lesson:opening/ssm-overview', 'settings']);
	await tabB.page.reload();
	await tabB.waitForApp();
	await expect(tabB.page.getByRole('checkbox', { name: /Play sound cues/ })).toBeChecked();
});

test('a tab that has loaded nothing yet shows what another tab saves first', async ({ context }) => {
	const map = new AppModel(await context.newPage());
	const lesson = new AppModel(await context.newPage());
	await map.open('/course');
	await expect(map.page.locator('#module-opening').getByText('0 of 3 lessons done')).toBeVisible();
	await lesson.open('/course/opening/ssm-overview');
	await lesson.page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await expect(map.page.getByText('1 of 3 lessons done')).toBeVisible();
	await expect(map.main.locator('.lessons li.done')).toHaveCount(1);
});

test('a first visit counts a lesson as seen once the reader scrolls; for a returning reader a lesson is saved as it opens', async ({
	page
}) => {
	const app = new AppModel(page);
	await app.open('/course/opening/course-goals');
	// Opening the lesson saves nothing yet, and with nothing saved the store's code does not even
	// load: there is no database until the first save.
	await page.waitForTimeout(300);
	const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	expect(await databases()).toEqual([]);
	await page.mouse.wheel(0, 600);
	await app.waitForStored('"firstSeenAt"');
	expect((await app.storedRecords()).map((r) => r.id)).toEqual(['lesson:opening/course-goals']);
	expect(await databases()).toEqual(['ssm-trainer']);
	await app.open('/course/opening/ssm-overview');
	// A returning reader has the rules loaded: the next lesson is saved as soon as it opens.
	await app.waitForStored('lesson:opening/ssm-overview');
});
