import { expect, test, type Page } from '@playwright/test';
import { BoardModel } from './models/boards.model';

const text = { useInnerText: true };

async function createTeam(page: Page, name: string): Promise<string> {
	const board = new BoardModel(page);
	await board.open('/present/teams');
	await page.getByLabel('New team’s name').fill(name);
	await page.getByRole('button', { name: 'Add team' }).click();
	const href = await page.getByTestId('team').getByRole('link', { name: 'Team boards' }).getAttribute('href');
	return href!.split('/').pop()!;
}

test("a team's boards survive a reload, and two pages editing different fields lose nothing", async ({
	page,
	context
}) => {
	const team = await createTeam(page, 'Falcons');
	const a = new BoardModel(page);
	await a.openBoard(`/present/team/${team}/initiatives`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business initiatives (TIM) · Falcons', text);
	await a.addRow('Initiative');
	await a.fill('Initiative 1 — Desired business result', 'Raise customer loyalty');
	await a.fill('Initiative 1 — BY (planned business activity)', 'putting CRM processes into use');
	await a.choose('Initiative 1 — Focus', 'Revenue');
	await a.field('Initiative 1 — Our opportunity serves it', 'checkbox').check();

	await a.waitForStored('"value":true');
	await page.reload();
	await a.waitForApp();
	await expect(a.field('Initiative 1 — Desired business result')).toHaveValue('Raise customer loyalty');
	await expect(
		a.board.getByRole('group', { name: 'Initiative 1 — Focus' }).getByRole('radio', { name: 'Revenue' })
	).toBeChecked();
	await expect(a.field('Initiative 1 — Our opportunity serves it', 'checkbox')).toBeChecked();

	const b = new BoardModel(await context.newPage());
	await b.openBoard(`/present/team/${team}/initiatives`);
	await expect(b.field('Initiative 1 — Desired business result')).toHaveValue('Raise customer loyalty');
	// Both windows type at once, each in its own field.
	await a.field('Initiative 1 — Owner').fill('Sarah Updown');
	await b.field('Initiative 1 — Compelling reason to act').fill('Major customers have been lost');
	await b.field('Initiative 1 — Priority', 'spinbutton').fill('1');
	await a.field('Initiative 1 — Owner').blur();
	await b.field('Initiative 1 — Priority', 'spinbutton').blur();
	await expect(b.field('Initiative 1 — Owner')).toHaveValue('Sarah Updown');
	await expect(a.field('Initiative 1 — Compelling reason to act')).toHaveValue('Major customers have been lost');
	for (const model of [a, b]) {
		await model.page.reload();
		await model.waitForApp();
		await expect(model.field('Initiative 1 — Owner')).toHaveValue('Sarah Updown');
		await expect(model.field('Initiative 1 — Compelling reason to act')).toHaveValue('Major customers have been lost');
		await expect(model.field('Initiative 1 — Priority', 'spinbutton')).toHaveValue('1');
	}
});

test('export → import → export gives the same file; Markdown holds the board as text', async ({ page }) => {
	const board = new BoardModel(page);
	await board.openBoard('/workbook/org-map');
	await board.addRow('Person');
	await board.fill('Person 1 — Name', 'Yoshi Goto');
	await board.choose('Person 1 — Formal buying role', 'Decision maker');
	await board.choose('Person 1 — Attitude to us', 'Supporter');
	await board.field('Person 1 — Key decision maker', 'checkbox').check();
	await board.addRow('Person');
	await board.fill('Person 2 — Name', 'Sarah Updown | sponsor');
	await board.fill('What the map tells us', 'Reach Yoshi through Sarah.\nMeet the CFO next.');

	const first = await board.export('Export as JSON');
	expect(first.name).toBe('me-org-map.json');
	const md = await board.export('Export as Markdown');
	expect(md.text).toContain('# Organisation map');
	expect(md.text).toContain('| 1 | Yoshi Goto |  |  | D Decision maker |  | + Supporter |  |  |  | ✓ |');
	expect(md.text).toContain('Sarah Updown \\| sponsor');

	await board.importText(first.text);
	await expect(board.importResult).toContainText('The file holds 6 filled fields', text);
	await board.importResult.getByRole('button', { name: 'Replace this board with the file' }).click();
	await expect(board.importResult).toHaveText('“Organisation map” imported.', text);
	expect((await board.export('Export as JSON')).text).toBe(first.text);

	// The same file brings the board into a team's copy, identical.
	const team = await createTeam(page, 'Owls');
	await board.openBoard(`/present/team/${team}/org-map`);
	await board.importText(first.text);
	await board.importResult.getByRole('button', { name: 'Replace this board with the file' }).click();
	await expect(board.field('Person 1 — Name')).toHaveValue('Yoshi Goto');
	const teamExport = await board.export('Export as JSON');
	expect(teamExport.text).toBe(first.text);
});

test('a bad import file gets a clear message and changes nothing', async ({ page }) => {
	const board = new BoardModel(page);
	await board.openBoard('/workbook/sam-grid');
	await board.choose('Where the customer is now', 'Industry laggard');
	await board.fill('Time to get there', 'Two years');
	const before = (await board.export('Export as JSON')).text;

	await board.importText('{ this is not json', 'broken.json');
	await expect(board.importResult.getByRole('alert')).toHaveText(
		'This file could not be read as JSON. Nothing was changed.',
		text
	);
	await board.importText(
		JSON.stringify({ format: 'ssm-trainer-board', formatVersion: 1, board: 'pain-chain', fields: {}, tables: {} }),
		'other.json'
	);
	await expect(board.importResult.getByRole('alert')).toHaveText(
		'This file holds another board, “Pain chain”: open that board to import it. Nothing was changed.',
		text
	);
	await board.importText(
		JSON.stringify({ format: 'ssm-trainer-board', formatVersion: 1, board: 'sam-grid', fields: { now: 'nowhere' } }),
		'bad-value.json'
	);
	await expect(board.importResult.getByRole('alert')).toHaveText(
		'Part of this file does not fit this board (at fields.now). Nothing was changed.',
		text
	);
	await board.importText(
		JSON.stringify({ format: 'ssm-trainer-progress', formatVersion: 1, records: [] }),
		'progress.json'
	);
	await expect(board.importResult.getByRole('alert')).toHaveText(
		'This file is not a board exported from SSM Trainer. Nothing was changed.',
		text
	);
	await page.reload();
	await board.waitForApp();
	expect((await board.export('Export as JSON')).text).toBe(before);
	await expect(board.field('Time to get there')).toHaveValue('Two years');
});

test('the boards work by keyboard alone: add a row, type, choose, move it', async ({ page }) => {
	const board = new BoardModel(page);
	await board.openBoard('/workbook/evaluation-plan');
	await board.board.getByRole('button', { name: 'Add: Event' }).focus();
	await page.keyboard.press('Enter');
	await expect(board.field('Event 1 — Event')).toBeFocused();
	await page.keyboard.type('Interview Jose Makit');
	await page.keyboard.press('Tab');
	await expect(await board.date('Event 1 — Week of')).toBeFocused();
	// A date field takes Tab for its own parts (day, month, year); tab on until the choice of who.
	const who = board.board.getByRole('group', { name: 'Event 1 — Who' });
	for (
		let i = 0;
		i < 5 && !(await who.getByRole('radio', { name: 'not set' }).evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(who.getByRole('radio', { name: 'not set' })).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(who.getByRole('radio', { name: 'Our team' })).toBeChecked();
	await page.keyboard.press('ArrowRight');
	await expect(who.getByRole('radio', { name: 'Joint' })).toBeChecked();
	await board.board.getByRole('button', { name: 'Add: Event' }).focus();
	await page.keyboard.press('Enter');
	await expect(board.field('Event 2 — Event')).toBeFocused();
	await page.keyboard.type('Review with Sarah Updown');
	await board.board.getByRole('button', { name: 'Up: Event 2' }).focus();
	await page.keyboard.press('Enter');
	await expect(board.field('Event 1 — Event')).toHaveValue('Review with Sarah Updown');
	await expect(board.field('Event 2 — Event')).toHaveValue('Interview Jose Makit');
});

test('the competitive strategy board walks the decision tree as answers come in', async ({ page }) => {
	const board = new BoardModel(page);
	await board.openBoard('/workbook/competitive-strategy');
	const summary = board.board.getByRole('region', { name: 'Where the tree leads' });
	await expect(summary).toContainText('Does the customer have a compelling reason to act', text);
	await board.choose('Does the customer have a compelling reason to act (criterion 5), or can we find one?', 'Yes');
	await board.choose('Can we compete (criteria 6 to 10)?', 'Yes');
	await board.choose('Do we have an overwhelming advantage, about 3 to 1?', 'No');
	await board.choose('Can we reshape the buying vision so that the criteria change in our favour?', 'Yes');
	await expect(summary).toContainText('The tree leads to Flanking', text);
});

for (const locale of ['en', 'zh'] as const) {
	for (const path of [
		'/workbook/initiatives',
		'/workbook/sam-grid',
		'/workbook/opportunity-assessment',
		'/workbook/nine-block'
	]) {
		test(`axe finds nothing on the board ${path} with content (${locale})`, async ({ page }) => {
			// The twenty criteria make one of the largest pages for axe to scan.
			test.setTimeout(60_000);
			const board = new BoardModel(page);
			await board.presetSettings({ locale, theme: 'projector', scheme: 'light' });
			await board.openBoard(path);
			const add = board.board.getByRole('button', { name: /^\+/ });
			if (await add.count()) await add.first().click();
			await board.expectAccessible(`${path} (${locale})`);
		});
	}
}

test('the workbook lists every board as empty on a first visit without loading the store, then counts what is filled', async ({
	page
}) => {
	const board = new BoardModel(page);
	await board.open('/workbook');
	const boards = board.main.locator('.board-list li');
	await expect(boards).toHaveCount(20);
	const opportunity = boards.filter({ hasText: 'Our opportunity' });
	await expect(opportunity).toHaveText(/Our opportunity\s*empty/, text);
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

	await opportunity.getByRole('link').click();
	await expect(board.board).toBeVisible();
	await board.fill('Sales person', 'Lin Wei');
	await board.waitForStored('Lin Wei');
	await board.main.getByRole('link', { name: 'My workbook' }).click();
	await expect(opportunity).toHaveText(/Our opportunity\s*1 filled/, text);
	await page.reload();
	await board.waitForApp();
	await expect(opportunity).toHaveText(/Our opportunity\s*1 filled/, text);
	await expect(boards.filter({ hasText: 'SAM grid' })).toHaveText(/SAM grid\s*empty/, text);
});
