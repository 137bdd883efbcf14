import { expect, test } from '@playwright/test';
import { CourseModel } from './models/course.model';
import { RoleplayModel } from './models/roleplay.model';
import { ENDING_PATHS } from './roleplay-paths';

const text = { useInnerText: true };

test.describe('the case page', () => {
	for (const locale of ['en', 'zh'] as const) {
		test(`lists the role-plays of the case with whom you meet, the objectives, the time and a link (${locale})`, async ({
			page
		}) => {
			const course = new CourseModel(page);
			await course.open(`/case/homebody?lang=${locale}`);
			const cards = course.caseRoleplays;
			await expect(cards).toHaveCount(2);
			const [samTim, nineBlock] = [cards.nth(0), cards.nth(1)];
			if (locale === 'en') {
				await expect(samTim.getByRole('heading', { level: 3 })).toHaveText(
					'Strategy interview with Yoshi Goto (SAM/TIM)',
					text
				);
				await expect(samTim).toContainText('You meet Yoshi Goto, Chief Operating Officer', text);
				await expect(samTim).toContainText('30 min', text);
				await expect(samTim).toContainText('Module 1 · Stage 1', text);
				const objectives = samTim.locator('.objectives li');
				await expect(objectives.first()).toBeHidden();
				await samTim.getByText('What it trains, and your objectives').click();
				await expect(objectives).toHaveCount(3);
				await expect(objectives.first()).toHaveText(/strategic business direction/, text);
				await expect(samTim).toContainText('not played yet', text);
				await expect(nineBlock).toContainText('You meet Sarah Updown', text);
				await expect(nineBlock).toContainText('Module 3 · Stage 3', text);
				await expect(nineBlock).toContainText('40 min', text);
			} else {
				await expect(samTim).toContainText('会见对象：Yoshi Goto，首席运营官', text);
				await expect(samTim).toContainText('30 分钟', text);
				await expect(samTim).toContainText('尚未进行', text);
				await expect(nineBlock).toContainText('会见对象：Sarah Updown', text);
			}
			await expect(page.locator('body')).not.toContainText(/being (built|written)/i, text);
			await course.expectAccessible(`case page with its role-plays (${locale})`);
			await samTim.getByRole('heading', { level: 3 }).getByRole('link').click();
			await expect(page).toHaveURL(/\/roleplay\/homebody-sam-tim$/);
		});
	}
});

test('a finished role-play shows its best score on the case page, the course map and its module page', async ({
	page
}) => {
	const rp = new RoleplayModel(page);
	await rp.open('homebody-sam-tim');
	await rp.start('assessment');
	await rp.sayAll(ENDING_PATHS['homebody-sam-tim']!['polite-close']!);
	await expect.poll(async () => (await rp.records('roleplayResult')).length).toBe(1);
	const [result] = await rp.records('roleplayResult');
	const best = `best ${Math.round((result!.data as { total: number }).total * 100)}%`;

	const course = new CourseModel(page);
	await course.open('/case/homebody');
	await expect(course.caseRoleplays.nth(0)).toContainText(`${best} · Closed without a next step`, text);
	await expect(course.caseRoleplays.nth(1)).toContainText('not played yet', text);

	await course.open('/course');
	const understand = course.mapRoleplays('understand');
	await expect(understand).toHaveCount(1);
	await expect(understand).toContainText('Strategy interview with Yoshi Goto (SAM/TIM)', text);
	await expect(understand).toContainText(best, text);
	const vision = course.mapRoleplays('vision');
	await expect(vision).toHaveCount(1);
	await expect(vision).toContainText('Building a buying vision with Sarah Updown', text);
	await expect(vision).toContainText('not played yet', text);
	await expect(course.mapRoleplays('explore')).toHaveCount(0);
	await course.expectAccessible('course map with a finished role-play');

	await course.open('/course/understand');
	const section = course.main.locator('section[aria-labelledby="roleplays-h"]');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText('Role-plays', text);
	await expect(section).toContainText('You meet Yoshi Goto', text);
	await expect(section).toContainText(best, text);
	await section.getByRole('link', { name: 'Strategy interview with Yoshi Goto (SAM/TIM)' }).click();
	await expect(page).toHaveURL(/\/roleplay\/homebody-sam-tim$/);
});
