import { expect, test } from '@playwright/test';
import { AudienceModel, PresenterModel } from './models/present.model';

const text = { useInnerText: true };

test('the audience window follows the presenter: slides, blanking, timer; both resynchronise after a reload', async ({
	page,
	context
}) => {
	await page.clock.install();
	const presenter = new PresenterModel(page);
	await presenter.openModule('opening');
	const audience = await AudienceModel.open(context);

	await expect(audience.title).toHaveText('Today’s agenda', text);
	await presenter.press('ArrowRight');
	await expect(presenter.counter).toHaveText('Slide 2 of 20', text);
	await expect(audience.title).toHaveText('What these two days are for', text);
	await presenter.press('PageDown');
	await presenter.press(' ');
	await expect(audience.title).toHaveText('How the two days run', text);
	await presenter.press('ArrowLeft');
	await expect(audience.title).toHaveText('What you will be able to do', text);

	await presenter.press('b');
	await audience.expectBlank(true);
	await expect(audience.screen.getByRole('status')).toHaveText('The screen is blanked.', text);
	await presenter.press('B');
	await audience.expectBlank(false);
	await expect(audience.title).toBeVisible();

	await presenter.setTimer(2);
	await presenter.press('t');
	await expect(audience.timer).toContainText('left', text);
	await presenter.press('t');
	await expect(audience.timer).toContainText(/2:00\s*paused/, text);
	await presenter.timerPanel.getByRole('button', { name: 'Resume' }).click();
	await expect(audience.timer).toContainText('left', text);
	await page.clock.fastForward('01:58');
	await expect(presenter.timerPanel.getByRole('alert')).toHaveText('Time is up', text);
	await expect(audience.timer).toContainText(/0:00\s*Time is up/, text);

	// The audience window reopens where the room was.
	await audience.page.reload();
	await audience.waitForApp();
	await expect(audience.title).toHaveText('What you will be able to do', text);
	await expect(audience.timer).toContainText('Time is up', text);

	// So does the presenter, and the audience follows it again.
	await presenter.press('ArrowRight');
	await expect(audience.title).toHaveText('How the two days run', text);
	await page.waitForTimeout(400);
	await page.reload();
	await presenter.waitForApp();
	await expect(presenter.counter).toHaveText('Slide 4 of 20', text);
	await expect(presenter.timerPanel).toContainText('Time is up', text);
	await presenter.press('ArrowRight');
	await expect(audience.title).toHaveText('The opening round', text);
});

test('a slide longer than the screen scrolls on the projector from the presenter keys', async ({ page, context }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const presenter = new PresenterModel(page);
	await presenter.openModule('opening');
	const audience = await AudienceModel.open(context);
	await audience.page.setViewportSize({ width: 1280, height: 720 });
	await presenter.press('End');
	await presenter.main.getByRole('button', { name: /Seven steps, side by side/ }).click();
	await expect(audience.title).toHaveText('Seven steps, side by side', text);
	await expect(page.getByText('The projector shows only the top of this slide', { exact: false })).toBeVisible();
	const stage = audience.page.getByTestId('audience-stage');
	expect(await stage.evaluate((el) => el.scrollTop)).toBe(0);
	await page.locator('body').press('Shift+ArrowDown');
	await expect.poll(() => stage.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
	await page.locator('body').press('Shift+ArrowUp');
	await expect.poll(() => stage.evaluate((el) => el.scrollTop)).toBe(0);
});

test('keys pressed in the audience window are carried out by the presenter, which owns the state', async ({
	page,
	context
}) => {
	const presenter = new PresenterModel(page);
	await presenter.openModule('opening');
	const audience = await AudienceModel.open(context);
	await expect(audience.title).toBeVisible();
	await audience.page.locator('body').press('ArrowRight');
	await expect(presenter.counter).toHaveText('Slide 2 of 20', text);
	await expect(audience.title).toHaveText('What these two days are for', text);
	await audience.page.locator('body').press('End');
	await expect(presenter.counter).toHaveText('Slide 20 of 20', text);
	await audience.page.locator('body').press('?');
	await expect(audience.page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
	await audience.page.keyboard.press('Escape');
	await expect(audience.page.getByRole('dialog')).toBeHidden();

	// The audience never writes saved data: everything saved comes from the presenter window.
	const kinds = (await audience.storedRecords()).map((r) => r.kind);
	expect(kinds).toContain('presentSession');
	await audience.page.reload();
	await audience.waitForApp();
	expect((await audience.storedRecords()).length).toBe(kinds.length);
});

test('the projector shows the timer full screen and the team roles on demand', async ({ page, context }) => {
	const presenter = new PresenterModel(page);
	await presenter.open('/present/teams');
	await page.getByLabel('New team’s name').fill('Falcons');
	await page.getByRole('button', { name: 'Add team' }).click();
	const team = page.getByTestId('team');
	for (const name of ['Li Wei', 'Anna', 'Zhang Min']) {
		await team.getByLabel('New member’s name').fill(name);
		await team.getByRole('button', { name: 'Add member' }).click();
	}
	await team.getByLabel('Captain').selectOption({ label: 'Anna' });
	const audience = await AudienceModel.open(context);
	await page.getByRole('button', { name: 'Show team roles' }).click();
	await expect(audience.title).toHaveText('Teams and roles', text);
	await expect(audience.screen.getByRole('heading', { name: 'Falcons' })).toBeVisible();
	await expect(audience.screen.getByText('Anna')).toBeVisible();

	await presenter.openModule('opening');
	await presenter.timerPanel.getByRole('button', { name: 'Show the timer full screen' }).click();
	await expect(audience.title).toHaveText('Exercise timer', text);
	await page.getByRole('button', { name: 'Back to the slides' }).click();
	await expect(audience.title).toHaveText('Today’s agenda', text);
});

test('the SAM/TIM debrief on the projector compares what the observers ticked with the answer key', async ({
	page,
	context
}) => {
	const presenter = new PresenterModel(page);
	await presenter.open('/present/roleplay');
	const audience = await AudienceModel.open(context);
	await page.getByRole('button', { name: 'Show the rep’s objectives on the projector' }).click();
	await expect(audience.title).toHaveText('SAM/TIM role-play', text);

	const checklist = page.getByRole('group', { name: 'Initiatives found' });
	await checklist.getByRole('checkbox', { name: 'found' }).first().check();
	await checklist.getByRole('checkbox', { name: 'Reason to act' }).first().check();
	await page.getByRole('checkbox', { name: 'Found out which initiative matters most' }).check();
	await page.getByRole('button', { name: 'Show the debrief on the projector' }).click();
	await expect(audience.title).toHaveText('Debrief: what the rep found', text);
	await expect(audience.screen).toContainText('1 of 6 initiatives found', text);

	// Ticks made while the debrief shows reach the projector too, and survive a reload.
	await checklist.getByRole('checkbox', { name: 'found' }).nth(3).check();
	await expect(audience.screen).toContainText('2 of 6 initiatives found', text);
	await page.reload();
	await presenter.waitForApp();
	await expect(checklist.getByRole('checkbox', { name: 'found' }).nth(3)).toBeChecked();
});

for (const locale of ['en', 'zh'] as const) {
	test(`axe finds nothing on the presenter and audience windows (${locale})`, async ({ page, context }) => {
		// Six axe scans of two windows.
		test.setTimeout(120_000);
		const presenter = new PresenterModel(page);
		await presenter.presetSettings({ locale, theme: 'projector', scheme: 'light' });
		await presenter.open('/present/opening');
		await expect(page.getByRole('button', { name: locale === 'en' ? 'Next' : '下一张' })).toBeVisible();
		await presenter.press('ArrowRight');
		const audience = await AudienceModel.open(context);
		await expect(audience.title).toBeVisible();
		await presenter.expectAccessible(`presenter (${locale})`);
		await audience.expectAccessible(`audience, slide (${locale})`);
		await presenter.press('t');
		await presenter.press('ArrowRight');
		await presenter.press('ArrowRight');
		await expect(audience.timer).toBeVisible();
		await audience.expectAccessible(`audience, diagram and timer (${locale})`);
		await presenter.press('b');
		await audience.expectBlank(true);
		await audience.expectAccessible(`audience, blank (${locale})`);
		await presenter.open('/present/roleplay');
		await page
			.getByRole('button', { name: locale === 'en' ? 'Show the debrief on the projector' : '在投影上显示复盘' })
			.click();
		await presenter.press('b');
		await expect(audience.title).toBeVisible();
		await audience.expectAccessible(`audience, debrief (${locale})`);
		await presenter.expectAccessible(`role-play page (${locale})`);
	});
}

test('the presenter works by keyboard alone: open a module, move, blank, run the timer, read the keys', async ({
	page
}) => {
	const presenter = new PresenterModel(page);
	await presenter.open('/present');
	const link = presenter.main.getByRole('link', { name: /Opening and the method at a glance/ });
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(presenter.counter).toHaveText('Slide 1 of 20', text);
	await page.keyboard.press('ArrowDown');
	await expect(presenter.counter).toHaveText('Slide 2 of 20', text);
	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keys' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
	// Number keys pick role-play choices only on the live role-play page.
	await expect(dialog.getByRole('row', { name: /Next slide/ })).toBeVisible();
	await expect(dialog.getByText('Pick the role-play choice with that number')).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await page.keyboard.press('b');
	await expect(page.getByRole('button', { name: 'Blank the screen (B)' })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('t');
	await expect(presenter.timerPanel.getByRole('button', { name: 'Pause' })).toBeVisible();
	// Typing in a field never moves the slides.
	await presenter.timerPanel.getByLabel('Minutes').focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.type('5');
	await expect(presenter.counter).toHaveText('Slide 2 of 20', text);
	// The slide list is a row of buttons to jump with.
	await presenter.main.getByRole('button', { name: /Three phases/ }).focus();
	await page.keyboard.press('Enter');
	await expect(presenter.counter).toHaveText('Slide 17 of 20', text);
});
