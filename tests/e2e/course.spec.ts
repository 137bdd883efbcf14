import { expect, test } from '@playwright/test';
import { CourseModel } from './models/course.model';

const inner = { useInnerText: true };

test.describe('the course map', () => {
	test('follows the two-day agenda, then the further modules', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course');
		await expect(course.day('1').getByRole('heading', { level: 2 })).toHaveText('Day 1', inner);
		await expect(course.day('2').getByRole('heading', { level: 2 })).toHaveText('Day 2', inner);
		await expect(course.day('further').getByRole('heading', { level: 2 })).toHaveText('Further modules', inner);
		await expect(course.day('1').locator('.module')).toHaveCount(4);
		for (const id of ['assessment', 'project', 'executive'])
			await expect(course.day('further').locator(`#module-${id}`)).toBeVisible();
		await expect(
			course.moduleCard('opening').getByRole('link', { name: 'Your team and its opportunity' })
		).toBeVisible();
		await expect(
			course.moduleCard('understand').getByRole('link', { name: 'Stage 1 for your own customer' })
		).toHaveAttribute('href', '/course/understand#team-exercise');
		await course.expectAccessible('course map (en)');
	});

	test('shows no module as complete before anything is done', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course');
		await expect(course.main.getByText('Complete', { exact: true })).toHaveCount(0);
		await expect(course.badge('opening')).toContainText('Not started');
		await expect(course.resume).toHaveText('Start the course: What these two days are for', inner);
	});

	test('moves the badge and offers the next lesson once a lesson is done', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course/opening/course-goals');
		await course.markLessonDone();
		await course.open('/course');
		await expect(course.badge('opening')).toContainText('In progress');
		await expect(course.badge('opening')).toContainText('1 of 3 lessons done');
		await expect(course.resume).toHaveText('Continue where you left off: Your team and its opportunity', inner);
		await course.resume.click();
		await expect(page).toHaveURL(/\/course\/opening\/team-and-opportunity$/);
	});

	test('reads in Chinese with the same structure', async ({ page }) => {
		const course = new CourseModel(page);
		await course.presetSettings({ locale: 'zh' });
		await course.open('/course');
		await expect(course.day('further').getByRole('heading', { level: 2 })).toHaveText('延伸模块', inner);
		await expect(course.moduleCard('understand').getByRole('heading')).toHaveText('第 1 阶段：理解客户的业务', inner);
		await course.expectAccessible('course map (zh)');
	});
});

test.describe('a module page', () => {
	test('shows lessons, key terms, the team exercise with its boards, and folded instructor notes', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course/understand');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			"Stage 1: Understand the customer's business",
			inner
		);
		await expect(course.main.locator('section[aria-labelledby="lessons-h"] li')).toHaveCount(4);
		await expect(course.main.getByRole('link', { name: /Pain chain · 疼痛链/ })).toHaveAttribute(
			'href',
			'/glossary#pain-chain'
		);
		const team = course.main.locator('#team-exercise');
		await expect(team.getByRole('heading', { level: 2 })).toHaveText(
			'Team exercise: Stage 1 for your own customer',
			inner
		);
		for (const board of ['SAM grid', 'Business initiatives (TIM)', 'Pain chain', 'Technology preferences']) {
			await expect(team.locator('.boards').getByRole('listitem').filter({ hasText: board })).toBeVisible();
		}
		await expect(course.instructorNotes).not.toHaveAttribute('open');
		await course.instructorNotes.locator('summary').click();
		await expect(course.instructorNotes.getByRole('heading', { name: 'Answer keys' })).toBeVisible();
		await expect(course.instructorNotes.getByText('Tony Technology').first()).toBeVisible();
		await course.expectAccessible('module page with instructor notes open (en)');
	});

	test('loads the instructor notes in Chinese, and hides them in the projector theme', async ({ page }) => {
		const course = new CourseModel(page);
		await course.presetSettings({ locale: 'zh' });
		await course.open('/course/vision');
		await course.instructorNotes.locator('summary').click();
		await expect(course.instructorNotes.getByRole('heading', { name: '参考答案' })).toBeVisible();
		await course.expectAccessible('module page (zh)');
		await course.presetSettings({ locale: 'zh', theme: 'projector' });
		await page.evaluate(() =>
			localStorage.setItem('ssm-trainer.settings', JSON.stringify({ locale: 'zh', theme: 'projector' }))
		);
		await course.open('/course/vision');
		await expect(course.instructorNotes).toBeHidden();
	});

	test('is where a lesson leads back to', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course/vision/nine-block');
		await page
			.getByRole('navigation', { name: 'Breadcrumb' })
			.getByRole('link', { name: /Module 3/ })
			.click();
		await expect(page).toHaveURL(/\/course\/vision$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Stage 3: Help the customer build a buying vision',
			inner
		);
	});
});

test.describe('a lesson', () => {
	test('keeps its answer key folded until the reader opens it with the keyboard', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course/understand/pain-chain');
		await expect(page.locator('link[rel="stylesheet"][href*="pain-chain"]')).toHaveCount(1);
		const answer = course.answerKeys().first();
		await expect(answer.getByText('Tony Technology', { exact: true })).toBeHidden();
		await answer.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(answer.getByText("The Homebody pain chain: each person's pain and its reasons")).toBeVisible();
		await expect(answer.getByRole('link', { name: '→ the pain of Sarah Updown' })).toBeVisible();
		await course.expectAccessible('lesson with an answer key open (en)');
	});

	test('loads its speaker notes when the instructor opens them', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course/vision/sponsor-and-kdm');
		const notes = course.main.locator('details.notes').filter({ visible: true }).first();
		await notes.locator('summary').click();
		await expect(notes).toContainText('Role-play the "no" branch', inner);
	});

	test('draws its diagrams as HTML in both languages and links only the stylesheets it needs', async ({ page }) => {
		const course = new CourseModel(page);
		await course.presetSettings({ locale: 'zh' });
		await course.open('/course/vision/nine-block');
		await expect(course.main.locator('.dg-nine-block .sequence').filter({ visible: true }).first()).toHaveText(
			'R1 → R2 → R3 → I1 → I2 → I3 → C1 → C2 → C3',
			inner
		);
		await expect(page.locator('link[rel="stylesheet"][href*="nine-block"]')).toHaveCount(1);
		await expect(page.locator('link[rel="stylesheet"][href*="pain-chain"]')).toHaveCount(0);
		await course.expectAccessible('lesson (zh)');
	});
});

test.describe('diagrams', () => {
	test('arrive with the prerendered page, which hydrates without a mismatch or a fetch', async ({ page }) => {
		const messages: string[] = [];
		const fragments: string[] = [];
		page.on('console', (message) => messages.push(message.text()));
		page.on('request', (request) => request.url().includes('/fragments/') && fragments.push(request.url()));
		const course = new CourseModel(page);
		await course.open('/course/opening/ssm-overview');
		await expect(course.main.locator('.dg-ssm-process li').filter({ visible: true })).toHaveCount(7);
		expect(messages.filter((m) => /hydration/i.test(m))).toEqual([]);
		expect(fragments).toEqual([]);
	});

	test('load after client-side navigation to another lesson', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course/opening/course-goals');
		await page.getByRole('link', { name: /Next lesson/ }).click();
		await expect(page).toHaveURL(/\/course\/opening\/team-and-opportunity$/);
		const roles = course.main.locator('.dg-team-roles li').filter({ visible: true });
		await expect(roles).toHaveCount(6);
		await expect(roles.first()).toContainText('Captain');
	});

	test('load after client-side navigation to the case file', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course');
		await course.main.getByRole('link', { name: 'The Homebody case file' }).click();
		await expect(page).toHaveURL(/\/case\/homebody$/);
		await expect(course.main.locator('.dg-org-chart .person').filter({ visible: true })).toHaveCount(10);
	});
});

test.describe('the glossary', () => {
	test('links to a term by its id and shows both names', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/glossary#key-decision-maker');
		const term = page.locator('#key-decision-maker');
		await expect(term).toBeInViewport();
		await expect(term.locator('dt')).toHaveText(/Key decision maker\s*关键决策者/, inner);
		expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(4);
		await course.expectAccessible('glossary (en)');
		await course.open('/glossary?lang=zh');
		await expect(page.locator('#sponsor dd')).toContainText('带你去见关键决策者', inner);
		await course.expectAccessible('glossary (zh)');
	});

	test('shows the term a module page links to when the app draws the glossary', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/course/project');
		await course.main.getByRole('link', { name: /The five project phases/ }).click();
		await expect(page).toHaveURL(/\/glossary#project-phases$/);
		const term = page.locator('#project-phases');
		await expect(term.locator('dd')).toContainText('Technology promotion', inner);
		await expect(term).toBeInViewport();
		expect(await page.locator('.glossary .term').count()).toBeGreaterThan(40);
	});
});

test.describe('the Homebody case file', () => {
	test('shows the organisation chart of the ten executives and no answer key', async ({ page }) => {
		const course = new CourseModel(page);
		await course.open('/case/homebody');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Homebody Electronics: the case file', inner);
		const chart = course.main.locator('.dg-org-chart').filter({ visible: true });
		await expect(chart.locator('.person')).toHaveCount(10);
		await expect(chart.locator('.tree > ul > li > .person')).toHaveText(
			/Wolfgang Overall\s*Chief Executive Officer \(CEO\)/,
			inner
		);
		await expect(course.main).not.toContainText(/key decision maker|sponsor|CRM/i, inner);
		await expect(page.getByRole('button', { name: 'Print the handout' })).toBeVisible();
		await course.expectAccessible('case file (en)');
	});

	test('reads in Chinese with the executives in Latin script', async ({ page }) => {
		const course = new CourseModel(page);
		await course.presetSettings({ locale: 'zh' });
		await course.open('/case/homebody');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Homebody 电子公司案例资料', inner);
		await expect(course.main.locator('.dg-org-chart').filter({ visible: true })).toContainText(
			/Sarah Updown\s*销售与市场副总裁/,
			inner
		);
		await course.expectAccessible('case file (zh)');
	});
});

test('the keyboard alone goes from the course map to a module, a lesson and its answer key', async ({ page }) => {
	const course = new CourseModel(page);
	await course.open('/course');
	await course.tabTo("Stage 1: Understand the customer's business");
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/course\/understand$/);
	await course.waitForApp();
	await course.tabTo('The pain chain');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/course\/understand\/pain-chain$/);
	await course.waitForApp();
	await course.tabTo(/Show the answer key/);
	await page.keyboard.press('Enter');
	await expect(course.answerKeys().first().getByText('Tony Technology', { exact: true })).toBeVisible();
});
