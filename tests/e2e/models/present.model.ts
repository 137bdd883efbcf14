import { expect, type BrowserContext, type Page } from '@playwright/test';
import { AppModel } from './app.model';

/** The presenter window: slides, blanking, the timer, and the keys that drive them. */
export class PresenterModel extends AppModel {
	/** Opens a module's presenter page and waits until it has restored its session. */
	async openModule(moduleId: string): Promise<void> {
		await this.open(`/present/${moduleId}`);
		await expect(this.counter).toBeVisible();
	}

	/** "Slide n of N". */
	get counter() {
		return this.main.getByText(/^Slide \d+ of \d+$/);
	}

	/** The exercise timer panel. */
	get timerPanel() {
		return this.main.getByRole('region', { name: 'Exercise timer' });
	}

	/** Sets the timer to some minutes. */
	async setTimer(minutes: number): Promise<void> {
		await this.timerPanel.getByLabel('Minutes').fill(String(minutes));
		await this.timerPanel.getByRole('button', { name: 'Set', exact: true }).click();
	}

	/** Presses a presenter key with the focus on the page body. */
	async press(key: string): Promise<void> {
		await this.page.locator('body').press(key);
	}
}

/** The audience window: what the projector shows. */
export class AudienceModel extends AppModel {
	/** Opens the audience window in a page of the same browser context as the presenter. */
	static async open(context: BrowserContext): Promise<AudienceModel> {
		const audience = new AudienceModel(await context.newPage());
		await audience.open('/present/audience');
		return audience;
	}

	/** The audience screen. */
	get screen() {
		return this.page.getByTestId('audience');
	}

	/** The title of what is shown (a slide's title, the timer's heading …). */
	get title() {
		return this.screen.getByRole('heading', { level: 2 });
	}

	/** The countdown in the corner or full screen. */
	get timer() {
		return this.screen.getByTestId('timer');
	}

	/** Expects the screen to be blanked, or not. */
	async expectBlank(blank: boolean): Promise<void> {
		if (blank) await expect(this.screen).toHaveClass(/\bblank\b/);
		else await expect(this.screen).not.toHaveClass(/\bblank\b/);
	}
}

/** Opens a page to a path in a browser context, waiting for the app. */
export async function openIn(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	await new AppModel(page).open(path);
	return page;
}

/** The live role-play runner's presenter page: the instructor clicks the room's choices. */
export class LivePresenterModel extends PresenterModel {
	/** Opens a scenario's live runner and waits until the presenter has restored its session. */
	async openScenario(scenarioId: string): Promise<void> {
		await this.open(`/present/live/${scenarioId}`);
		// The blank button is enabled once the presenter has restored its session.
		await expect(this.main.locator('.presenter-bar button[aria-pressed]')).toBeEnabled();
	}

	/** The choice buttons of the conversation. */
	get choices() {
		return this.main.getByTestId('choices').getByRole('button');
	}

	/** The current customer line in the conversation log. */
	get lastLine() {
		return this.main.getByRole('log').locator('.customer-line').last();
	}

	/** A control button by its name. */
	button(name: string | RegExp) {
		return this.main.getByRole('button', { name });
	}
}

/** What the audience window shows of a live role-play. */
export class LiveAudienceModel extends AudienceModel {
	/** Opens the audience window in a page of the same browser context as the presenter. */
	static override async open(context: BrowserContext): Promise<LiveAudienceModel> {
		const audience = new LiveAudienceModel(await context.newPage());
		await audience.open('/present/audience');
		return audience;
	}

	/** The role-play screen. */
	get live() {
		return this.screen.getByTestId('live-roleplay');
	}

	/** The customer's current line, in large type. */
	get line() {
		return this.live.getByTestId('live-line');
	}

	/** The options the room discusses, read-only. */
	get options() {
		return this.live.getByTestId('live-options').getByRole('listitem');
	}

	/** The rubric of the debrief. */
	get rubric() {
		return this.live.getByTestId('live-rubric');
	}
}
