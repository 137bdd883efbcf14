import { expect, test } from '@playwright/test';
import { AppModel } from './models/app.model';
import { BoardModel } from './models/boards.model';

const text = { useInnerText: true };

test('the role cards print cleanly: the rep, Yoshi Goto’s confidential brief, and the observer checklist', async ({
	page
}) => {
	const app = new AppModel(page);
	await app.open('/present/handouts');
	await app.main.getByRole('link', { name: 'Yoshi Goto’s confidential brief' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Yoshi Goto, Chief Operating Officer/, text);
	await expect(app.main.getByText('Confidential: only for the person playing Yoshi Goto')).toBeVisible();
	await expect(app.main).toContainText(
		'Raise customer loyalty and the revenue available from existing customers BY',
		text
	);
	await page.emulateMedia({ media: 'print' });
	await expect(app.header).toBeHidden();
	await expect(app.main.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(app.main.locator('.sheet')).toBeVisible();

	await page.emulateMedia({ media: 'screen' });
	await app.open('/present/handouts/card/observer');
	await expect(app.main).toContainText('Closed with an agreed next step', text);
	// The observers' printed card has blank lines, not the answer key.
	await expect(app.main).not.toContainText('outsourcing the procurement process', text);
	await app.open('/present/handouts/card/rep');
	await expect(app.main).toContainText('Find the key business initiatives and their priority.', text);
});

test("the handouts include each blank board and a team's filled boards", async ({ page }) => {
	const app = new AppModel(page);
	await app.open('/present/handouts/board/pain-chain');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pain chain', text);
	await expect(app.main.locator('tbody tr')).toHaveCount(4);

	await app.open('/present/teams');
	await page.getByLabel('New team’s name').fill('Eagles');
	await page.getByRole('button', { name: 'Add team' }).click();
	await page.getByTestId('team').getByRole('link', { name: 'Our opportunity' }).click();
	const board = new BoardModel(page);
	await expect(board.board).toBeVisible();
	await board.fill('Product or service to sell', 'CRM for retail banks');
	await board.field('Estimated amount', 'spinbutton').fill('1200000');
	const close = await board.date('Expected close date');
	await close.fill('2026-12-15');
	await close.blur();
	await page.getByRole('link', { name: 'Teams and roles' }).click();
	await page.getByTestId('team').getByRole('link', { name: 'Print the filled boards' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Filled boards of Eagles', text);
	await expect(app.main.locator('.sheet')).toHaveCount(1);
	await expect(app.main.locator('.sheet')).toContainText('CRM for retail banks', text);
	await expect(app.main.locator('.sheet')).toContainText('2026-12-15', text);
});

for (const locale of ['en', 'zh'] as const) {
	for (const path of [
		'/present/handouts',
		'/present/handouts/card/rep',
		'/present/handouts/card/customer',
		'/present/handouts/card/observer',
		'/present/handouts/board/opportunity-assessment'
	]) {
		test(`axe finds nothing on ${path} (${locale})`, async ({ page }) => {
			const app = new AppModel(page);
			await app.presetSettings({ locale, scheme: 'light' });
			await app.open(path);
			await app.expectAccessible(`${path} (${locale})`);
		});
	}
}
