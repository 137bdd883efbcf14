import { expect, type Page } from '@playwright/test';
import { AppModel } from './app.model';

/** The course as a learner meets it: the course map, module pages, lessons, the glossary and the case file. */
export class CourseModel extends AppModel {
	constructor(page: Page) {
		super(page);
	}

	/** A module's card on the course map. */
	moduleCard(moduleId: string) {
		return this.main.locator(`#module-${moduleId}`);
	}

	/** A module card's progress badge. */
	badge(moduleId: string) {
		return this.moduleCard(moduleId).locator('.badge');
	}

	/** The role-plays listed on a module's card of the course map. */
	mapRoleplays(moduleId: string) {
		return this.moduleCard(moduleId).locator('ul.roleplays > li');
	}

	/** The role-play cards of the case page. */
	get caseRoleplays() {
		return this.main.locator('section.roleplays > ul > li');
	}

	/** The section of the course map for a day (`1`, `2`) or for the further modules. */
	day(day: '1' | '2' | 'further') {
		return this.main.locator(`section[aria-labelledby="day-${day}"]`);
	}

	/** The "continue where you left off" (or "start") button of the course map. */
	get resume() {
		return this.main.locator('.actions a.button').first();
	}

	/** The folded instructor notes of a module page. */
	get instructorNotes() {
		return this.main.locator('details#instructor-notes');
	}

	/** The folded answer keys of a lesson, in the page's language. */
	answerKeys() {
		return this.main.locator('details.reveal').filter({ visible: true });
	}

	/** Marks the open lesson as done. */
	async markLessonDone(): Promise<void> {
		await this.page.getByRole('button', { name: 'Mark this lesson as done' }).click();
		await expect(this.page.getByText(/You finished this lesson on/)).toBeVisible();
	}

	/** Moves the keyboard focus forward until it reaches an element matching the text, or fails. */
	async tabTo(text: string | RegExp, max = 80): Promise<void> {
		for (let i = 0; i < max; i++) {
			await this.page.keyboard.press('Tab');
			const focused = await this.page.evaluate(
				() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''
			);
			if (typeof text === 'string' ? focused === text : text.test(focused)) return;
		}
		throw new Error(`the keyboard never reached ${text}`);
	}
}
