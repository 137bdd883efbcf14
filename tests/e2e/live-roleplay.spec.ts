import { expect, test, type Locator } from '@playwright/test';
import { LiveAudienceModel, LivePresenterModel } from './models/present.model';

const text = { useInnerText: true };
const SCENARIO = 'homebody-sam-tim';

/** The choice ids of a list of elements carrying `data-choice`, in order. */
async function ids(list: Locator): Promise<(string | null)[]> {
	return list.evaluateAll((els) => els.map((el) => el.getAttribute('data-choice')));
}

test('a choice clicked in the presenter appears on the projector; both windows come back after a reload', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	const presenter = new LivePresenterModel(page);
	await presenter.open('/present');
	const link = presenter.main.getByRole('link', { name: /Strategy interview with Yoshi Goto/ });
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/present/live/${SCENARIO}$`));
	await presenter.openScenario(SCENARIO);
	const audience = await LiveAudienceModel.open(context);

	await presenter.button('Show the briefing on the projector').click();
	await expect(audience.title).toHaveText('Strategy interview with Yoshi Goto (SAM/TIM)', text);
	await expect(audience.live).toContainText('Learn its key business initiatives and their priority.', text);

	// → moves from the briefing to the meeting; the opening line is the same in both windows.
	await presenter.press('ArrowRight');
	await expect(audience.line).toBeVisible();
	const opening = await presenter.lastLine.locator('[data-l="en"]').innerText();
	await expect(audience.line).toHaveText(opening, text);
	await expect.poll(() => ids(audience.options)).toEqual(await ids(presenter.choices));

	// The room's first choice, clicked; the second, by its number key.
	const first = presenter.choices.first();
	const firstText = await first.locator('[data-l="en"]').innerText();
	await first.click();
	await expect(presenter.main.getByText('Choice 1 · Coach mode')).toBeVisible();
	await expect(audience.live.locator('.said')).toContainText(firstText, text);
	await expect(audience.line).toHaveText(await presenter.lastLine.locator('[data-l="en"]').innerText(), text);
	await expect.poll(() => ids(audience.options)).toEqual(await ids(presenter.choices));

	const secondText = await presenter.choices.nth(1).locator('[data-l="en"]').innerText();
	await presenter.press('2');
	await expect(presenter.main.getByText('Choice 2 · Coach mode')).toBeVisible();
	await expect.poll(() => ids(audience.options)).toEqual(await ids(presenter.choices));
	await expect(audience.live.locator('.said')).toContainText(secondText, text);

	// The keys dialogue lists the number keys here.
	await presenter.press('?');
	const keys = page.getByRole('dialog', { name: 'Keys' });
	await expect(keys.getByRole('row', { name: /Pick the role-play choice with that number/ })).toHaveText(
		/1\s*–\s*9\s*Pick the role-play choice with that number/,
		text
	);
	await page.keyboard.press('Escape');
	await expect(keys).toBeHidden();

	// The presenter keys still blank the screen; the slide keys do not leave the role-play.
	await presenter.press('b');
	await audience.expectBlank(true);
	await presenter.press('b');
	await audience.expectBlank(false);
	await presenter.press('ArrowLeft');
	await expect(audience.line).toBeVisible();

	// Take back the last choice.
	await presenter.button('Take back the last choice').click();
	await expect(presenter.main.getByText('Choice 1 · Coach mode')).toBeVisible();
	await expect.poll(() => ids(audience.options)).toEqual(await ids(presenter.choices));
	const afterUndo = await ids(presenter.choices);
	const line = await audience.line.innerText();

	// The audience window reopens at the same moment.
	await audience.page.reload();
	await audience.waitForApp();
	await expect(audience.line).toHaveText(line, text);
	await expect.poll(() => ids(audience.options)).toEqual(afterUndo);

	// So does the presenter, and the audience follows its next choice.
	await page.waitForTimeout(300);
	await page.reload();
	await presenter.waitForApp();
	await expect(presenter.main.getByText('Choice 1 · Coach mode')).toBeVisible();
	expect(await ids(presenter.choices)).toEqual(afterUndo);
	await presenter.choices.last().click();
	await expect(presenter.main.getByText('Choice 2 · Coach mode')).toBeVisible();
	await expect.poll(() => ids(audience.options)).toEqual(await ids(presenter.choices));

	// Play on to the end of the meeting, then show the debrief.
	const ended = presenter.main.locator('#ended-title');
	for (let i = 0; i < 60 && !(await ended.isVisible()); i++) {
		const before = await presenter.main.getByRole('log').locator('.line').count();
		await presenter.choices.first().click();
		await expect(presenter.main.getByRole('log').locator('.line')).not.toHaveCount(before);
	}
	await expect(ended).toBeVisible();
	await expect(audience.live).toContainText('The meeting is over', text);
	await presenter.press('ArrowRight');
	await expect(audience.title).toHaveText(/^Debrief: Strategy interview with Yoshi Goto/, text);
	await expect(audience.rubric.getByRole('listitem')).toHaveCount(5);
	await expect(audience.rubric).toContainText('Discovery coverage', text);

	await audience.page.reload();
	await audience.waitForApp();
	await expect(audience.rubric).toContainText('Discovery coverage', text);

	await presenter.button('Show the meeting again').click();
	await expect(audience.live).toContainText('The meeting is over', text);
});

test('a run the projector left for the slides can be put back where the room was', async ({ page, context }) => {
	const presenter = new LivePresenterModel(page);
	await presenter.openScenario(SCENARIO);
	const audience = await LiveAudienceModel.open(context);
	await presenter.button('Start the meeting').click();
	await expect(audience.line).toBeVisible();
	await presenter.choices.first().click();
	await expect(presenter.main.getByText('Choice 1 · Coach mode')).toBeVisible();
	const line = await presenter.lastLine.locator('[data-l="en"]').innerText();
	await expect(audience.line).toHaveText(line, text);

	// The projector moves on to a module's slides, then the presenter comes back to the run.
	await presenter.main.getByRole('link', { name: 'Instructor mode' }).click();
	await presenter.main.getByRole('link', { name: /Opening and the method at a glance/ }).click();
	await expect(presenter.counter).toHaveText('Slide 1 of 20', text);
	await expect(audience.live).toBeHidden();
	await page.goBack();
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`/present/live/${SCENARIO}$`));
	await presenter.button('Show the role-play on the projector again').click();
	await expect(audience.line).toHaveText(line, text);
	await expect(presenter.main.getByText('Choice 1 · Coach mode')).toBeVisible();
});

test('a run whose choice the scenario no longer offers shows a clear message, not a broken screen', async ({
	page,
	context
}) => {
	const presenter = new LivePresenterModel(page);
	await presenter.openScenario(SCENARIO);
	const audience = await LiveAudienceModel.open(context);
	await presenter.button('Start the meeting').click();
	await expect(audience.line).toBeVisible();
	const offered = await ids(presenter.choices);
	// A presenter of an older build sends a choice this scenario does not have.
	await audience.page.evaluate(
		(choices) => {
			const channel = new BroadcastChannel('ssm-trainer.present');
			channel.postMessage({
				ns: 'ssm-trainer/present',
				v: 1,
				type: 'state',
				state: {
					screen: { kind: 'roleplay', scenario: 'homebody-sam-tim', seed: 5, mode: 'coach', choices, view: 'meeting' },
					blank: false,
					timer: { status: 'idle', durationMs: 600000, remainingMs: 600000, endsAt: null }
				}
			});
			channel.close();
		},
		[offered[0]!, 'a-choice-since-removed', offered[1]!]
	);
	await expect(audience.live.getByRole('status')).toHaveText(
		'This role-play has changed since the run began: 1 of 3 choices still apply, and the screen shows the meeting after them.',
		text
	);
	await expect(audience.line).toBeVisible();
	await expect(audience.options.first()).toBeVisible();
});

for (const locale of ['en', 'zh'] as const) {
	test(`axe finds nothing on the live role-play's presenter and audience windows (${locale})`, async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		const presenter = new LivePresenterModel(page);
		await presenter.presetSettings({ locale, theme: 'projector', scheme: 'light' });
		await presenter.openScenario('homebody-nine-block');
		await presenter.expectAccessible(`live presenter, setup (${locale})`);
		const audience = await LiveAudienceModel.open(context);
		await presenter.main.locator('input[value="assessment"]').check();
		await presenter.button(locale === 'en' ? 'Show the briefing on the projector' : '在投影上显示会谈背景').click();
		await expect(audience.title).toBeVisible();
		await audience.expectAccessible(`live audience, briefing (${locale})`);
		await presenter.press('ArrowRight');
		await presenter.press('1');
		await expect(audience.live.locator('.said')).toBeVisible();
		await audience.expectAccessible(`live audience, meeting (${locale})`);
		await presenter.expectAccessible(`live presenter, meeting (${locale})`);
		const ended = presenter.main.locator('.ended');
		for (let i = 0; i < 60 && !(await ended.isVisible()); i++) {
			const before = await presenter.main.getByRole('log').locator('.line').count();
			await presenter.choices.first().click();
			await expect(presenter.main.getByRole('log').locator('.line')).not.toHaveCount(before);
		}
		await audience.expectAccessible(`live audience, ending (${locale})`);
		await presenter.press('ArrowRight');
		await expect(audience.rubric).toBeVisible();
		await audience.expectAccessible(`live audience, debrief (${locale})`);
		await presenter.expectAccessible(`live presenter, debrief (${locale})`);
	});
}
