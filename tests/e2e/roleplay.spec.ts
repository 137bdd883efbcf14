import { expect, test } from '@playwright/test';
import { RoleplayModel } from './models/roleplay.model';
import { ENDING_PATHS } from './roleplay-paths';

const SIZES = {
	phone: { width: 390, height: 844, theme: 'standard' },
	projector: { width: 1920, height: 1080, theme: 'projector' }
} as const;
const COMBOS = [
	{ locale: 'en', size: 'phone' },
	{ locale: 'zh', size: 'projector' },
	{ locale: 'zh', size: 'phone' },
	{ locale: 'en', size: 'projector' }
] as const;
const ENDING_TITLES: Record<string, { en: RegExp; zh: RegExp }> = {
	introduction: { en: /Yoshi introduces you to Sarah Updown/, zh: /Yoshi 把你引荐给 Sarah Updown/ },
	workshop: { en: /Yoshi agrees to a workshop/, zh: /Yoshi 同意举办研讨会/ },
	'polite-close': { en: /Closed without a next step/, zh: /会谈结束，但没有下一步/ },
	'vague-follow-up': { en: /A vague follow-up/, zh: /含糊的后续/ },
	'time-up': { en: /Time ran out/, zh: /时间用完了/ },
	'yoshi-ends': { en: /Yoshi ends the meeting early/, zh: /Yoshi 提前结束了会谈/ },
	'access-yoshi': { en: /Sarah takes you to Yoshi Goto/, zh: /Sarah 带你去见 Yoshi Goto/ },
	'team-session': { en: /A working session with Sarah's team/, zh: /与 Sarah 团队的工作会议/ },
	'send-quote': { en: /A request for a quote/, zh: /要求报价/ },
	'sarah-ends': { en: /Sarah ends the meeting/, zh: /Sarah 结束了会谈/ }
};

for (const [scenario, paths] of Object.entries(ENDING_PATHS)) {
	test.describe(`${scenario}: every ending with the keyboard alone`, () => {
		Object.entries(paths).forEach(([ending, path], i) => {
			const { locale, size } = COMBOS[i % COMBOS.length]!;
			test(`${ending} (${locale}, ${size})`, async ({ page }) => {
				const { width, height, theme } = SIZES[size];
				await page.setViewportSize({ width, height });
				const rp = new RoleplayModel(page);
				await rp.app.presetSettings({ locale, theme, scheme: 'light' });
				await rp.open(scenario);
				await rp.start(i % 2 === 0 ? 'coach' : 'assessment');
				await rp.sayAll(path);
				expect(await rp.phase()).toBe('ended');
				await expect(page.locator('.ending-title')).toHaveText(ENDING_TITLES[ending]![locale], { useInnerText: true });
				await rp.openDebrief();
				await expect(page.locator('.debrief .ending .title')).toHaveText(ENDING_TITLES[ending]![locale], {
					useInnerText: true
				});
				const results = await rp.records('roleplayResult');
				expect(results.map((r) => (r.data as { ending: string }).ending)).toEqual([ending]);
			});
		});
	});
}

for (const scenario of Object.keys(ENDING_PATHS)) {
	for (const locale of ['en', 'zh'] as const) {
		for (const size of ['phone', 'projector'] as const) {
			test(`${scenario}: axe finds nothing at briefing, mid-dialogue and debrief (${locale}, ${size})`, async ({
				page
			}) => {
				// Four axe scans of long pages on a shared machine take longer than the default.
				test.setTimeout(90_000);
				const { width, height, theme } = SIZES[size];
				await page.setViewportSize({ width, height });
				const rp = new RoleplayModel(page);
				await rp.app.presetSettings({ locale, theme, scheme: 'light' });
				await rp.open(scenario);
				await rp.app.expectAccessible(`${scenario} briefing`);
				await rp.start('coach');
				const path = Object.values(ENDING_PATHS[scenario]!)[0]!;
				await rp.sayAll(path.slice(0, 4));
				await rp.app.expectAccessible(`${scenario} mid-dialogue`);
				await rp.sayAll(path.slice(4));
				await rp.app.expectAccessible(`${scenario} ended`);
				await rp.openDebrief();
				for (const button of await page.getByRole('button', { name: locale === 'en' ? 'Check' : '检查' }).all()) {
					await button.click();
				}
				await rp.app.expectAccessible(`${scenario} debrief`);
			});
		}
	}
}

test('the conversation is a log for screen readers, and focus goes back to the choices after each answer', async ({
	page
}) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-sam-tim');
	await rp.start();
	const log = page.getByRole('log');
	await expect(log).toHaveAttribute('aria-live', 'polite');
	await rp.say('open-purpose');
	await expect(log).toContainText("Good. That's a better start than most.");
	await expect(rp.choices).toBeFocused();
	await expect(page.locator('[data-choice] .key').first()).toHaveText('1');
});

test('coach mode shows trust, patience and feedback at once; assessment mode keeps them for the debrief', async ({
	page
}) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-sam-tim');
	await rp.start('coach');
	await rp.say('open-pitch');
	await expect(page.locator('.feedback')).toContainText('A product pitch before you know anything about his business');
	await expect(page.locator('.meters')).toContainText('Patience');
	await rp.app.open('/roleplay/homebody-nine-block');
	await rp.start('assessment');
	await rp.say('open-pitch');
	await expect(page.locator('.feedback')).toHaveCount(0);
	await expect(page.locator('.meters')).toHaveCount(0);
	await rp.sayAll(['reasons-wrap', 'close-thanks']);
	await rp.openDebrief();
	await expect(page.locator('.transcript')).toContainText('A solution before a diagnosis');
});

test('each new attempt shuffles the choices, so their position cannot be memorised', async ({ page }) => {
	const rp = new RoleplayModel(page);
	const orders = new Set<string>();
	await rp.open('homebody-sam-tim');
	await rp.start('coach');
	for (let i = 0; i < 5; i++) {
		orders.add((await rp.offered()).join());
		await rp.sayAll(['open-purpose', 'dir-wrap', 'close-thanks']);
		await rp.openDebrief();
		await page.getByRole('button', { name: 'Play again in coach mode' }).click();
		await expect(rp.choices).toBeVisible();
	}
	expect(orders.size).toBeGreaterThan(1);
	expect(await rp.records('roleplayResult')).toHaveLength(5);
});

test('an attempt in progress comes back at the same line after a reload', async ({ page }) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-sam-tim');
	await rp.start('coach');
	await rp.sayAll(['open-purpose', 'dir-direction']);
	const offered = await rp.offered();
	// The line is on screen a moment before its IndexedDB write completes; reload once it has.
	// On a first visit the first save also loads the store and creates the database: allow for a
	// busy machine.
	await expect
		.poll(async () => (await rp.records('roleplayAttempt'))[0]?.data, { timeout: 15_000 })
		.toMatchObject({ choices: ['open-purpose', 'dir-direction'] });
	await page.reload();
	await rp.app.waitForApp();
	await expect(page.getByTestId('resume-notice')).toHaveText(/you continue where you left off/, { useInnerText: true });
	await expect(page.getByRole('log')).toContainText('Growing again.');
	expect(await rp.offered()).toEqual(offered);
	await rp.say('dir-balance');
	await expect(page.getByRole('log')).toContainText('Revenue, first and foremost.');
});

test('an attempt saved by an older build of a changed scenario resumes at the last point that still exists', async ({
	page
}) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-sam-tim');
	await rp.start('coach');
	await rp.sayAll(['open-purpose', 'dir-direction', 'dir-market']);
	await rp.rewriteAttempt('homebody-sam-tim', {
		version: 'an-older-build',
		choices: ['open-purpose', 'dir-direction', 'a-question-since-removed'],
		snapshot: { status: 'active', value: 'no-such-state', context: {} }
	});
	await page.reload();
	await rp.app.waitForApp();
	await expect(page.getByTestId('resume-notice')).toHaveText(/after your choice 2 of 3/, { useInnerText: true });
	await expect(page.getByRole('log')).toContainText('Growing again.');
	await expect(page.getByRole('log')).not.toContainText('Faster than we are.');
	await expect(page.locator('[data-choice="dir-market"]')).toBeVisible();
});

test('an attempt none of whose choices still exists starts again, with a message', async ({ page }) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-nine-block');
	await rp.start('assessment');
	await rp.sayAll(['open-listen']);
	await rp.rewriteAttempt('homebody-nine-block', { version: 'an-older-build', choices: ['gone'] });
	await page.reload();
	await rp.app.waitForApp();
	await expect(page.getByTestId('resume-notice')).toHaveText(/starts again/, { useInnerText: true });
	await expect(page.locator('#briefing-title')).toBeVisible();
});

test('the debrief grades the SAM grid and the TIM table with reasons, and keeps the answers', async ({ page }) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-sam-tim');
	await rp.start('coach');
	await rp.sayAll(ENDING_PATHS['homebody-sam-tim']!.introduction!);
	await rp.openDebrief();
	await expect(page.locator('.rubric')).toContainText('12 of 12 key facts found');
	const sam = page.locator('section[aria-labelledby=task-sam-title]');
	await sam
		.getByRole('group', { name: 'Where it is today' })
		.getByLabel(/Industry laggard/)
		.check();
	await sam
		.getByRole('group', { name: 'Where it is heading' })
		.getByLabel(/Industry leader/)
		.check();
	await sam.getByRole('button', { name: 'Check' }).click();
	await expect(sam.getByRole('status')).toContainText('1.5 of 2 points');
	await expect(sam.getByRole('status')).toContainText('Half credit');
	const tim = page.locator('section[aria-labelledby=task-tim-title]');
	const loyalty = tim.locator('.row').first();
	await loyalty
		.getByLabel(/customer-relationship-management/)
		.first()
		.check();
	await loyalty.getByRole('group', { name: 'Focus' }).getByLabel('Cost').check();
	await loyalty.getByRole('group', { name: 'Priority' }).getByLabel('1', { exact: true }).check();
	await tim.getByRole('button', { name: 'Check' }).click();
	await expect(tim.getByRole('status')).toContainText('This initiative aims at revenue');
	await expect(tim.getByRole('status')).toContainText('Right: priority 1.');
	await page.reload();
	await rp.app.waitForApp();
	await expect(page.locator('section[aria-labelledby=task-sam-title]').getByRole('status')).toContainText(
		'1.5 of 2 points'
	);
	await expect(page.locator('section[aria-labelledby=task-tim-title]').getByLabel('Cost').first()).toBeChecked();
});

test('the debrief of the 9-block interview shows the sheet, the pain chain and the vision, graded', async ({
	page
}) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-nine-block');
	await rp.start('assessment');
	await rp.sayAll(ENDING_PATHS['homebody-nine-block']!['access-yoshi']!);
	await rp.openDebrief();
	await expect(page.locator('section[aria-labelledby=task-nine-block-title]')).toContainText('17 of 17 points');
	const chain = page.locator('section[aria-labelledby=task-pain-chain-title]');
	await chain.getByLabel('Customer loyalty is falling').check();
	await chain
		.getByRole('group', { name: /Whose pain is this reason/ })
		.getByLabel(/No one/)
		.check();
	await chain
		.getByRole('group', { name: /is a reason for whose pain/ })
		.getByLabel(/Yoshi Goto/)
		.check();
	await chain.getByRole('button', { name: 'Check' }).click();
	await expect(chain.getByRole('status')).toContainText('Right: the chain ends here.');
	await expect(chain.getByRole('status')).toContainText('She gave this reason, but you left it out.');
	const vision = page.locator('section[aria-labelledby=task-vision-title]');
	await vision
		.getByRole('group', { name: /Customer loyalty is falling/ })
		.getByLabel(/spot customers about to leave/)
		.check();
	await expect(vision.locator('.preview')).toContainText('spot customers about to leave');
	await vision.getByRole('button', { name: 'Check' }).click();
	await expect(vision.getByRole('status')).toContainText('Sarah confirmed the vision in the meeting.');
	await expect(page.locator('.debrief')).toContainText('What you missed', { useInnerText: true });
});

test('finished attempts are listed on the progress page with mode, ending and scores', async ({ page }) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-sam-tim');
	await rp.start('assessment');
	await rp.sayAll(ENDING_PATHS['homebody-sam-tim']!['polite-close']!);
	await rp.app.open('/progress');
	const table = page.getByTestId('roleplay-progress');
	const text = { useInnerText: true };
	await expect(table).toContainText('Strategy interview with Yoshi Goto (SAM/TIM)', text);
	await expect(table).toContainText('Assessment mode', text);
	await expect(table).toContainText('Closed without a next step', text);
	await expect(table).toContainText('Next step: 2 of 10', text);
	await rp.app.expectAccessible('progress with a role-play');
});

test('the sound setting chosen in the briefing is remembered', async ({ page }) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-nine-block');
	const sound = page.getByLabel('Play sound cues');
	await expect(sound).not.toBeChecked();
	await sound.check();
	await rp.app.waitForStored('"sound":true');
	await page.reload();
	await rp.app.waitForApp();
	await expect(page.getByLabel('Play sound cues')).toBeChecked();
});

test('a name that is not a published role-play says so', async ({ page }) => {
	const rp = new RoleplayModel(page);
	await rp.app.open('/roleplay/no-such-role-play');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Role-play not found', { useInnerText: true });
	await expect(page.getByRole('link', { name: /Yoshi Goto/ })).toBeVisible();
});
