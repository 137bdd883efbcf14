import { expect, type Locator, type Page } from '@playwright/test';
import { AppModel } from './app.model';

/** A role-play page as a learner meets it, driven by the keyboard wherever a learner could. */
export class RoleplayModel {
	readonly app: AppModel;

	constructor(readonly page: Page) {
		this.app = new AppModel(page);
	}

	/** Opens a role-play and waits for saved progress to be read. */
	async open(id: string): Promise<void> {
		await this.app.open(`/roleplay/${id}`);
	}

	get main() {
		return this.page.locator('main');
	}

	/** The phase the player shows: briefing, meeting, ended or debrief. */
	phase(): Promise<string | null> {
		return this.page.locator('.player').getAttribute('data-phase');
	}

	/** Presses Tab until the element has focus (as a keyboard user would reach it). */
	async tabTo(target: Locator, limit = 80): Promise<void> {
		const handle = await target.elementHandle();
		for (let i = 0; i < limit; i++) {
			if (await this.page.evaluate((el) => document.activeElement === el, handle)) return;
			await this.page.keyboard.press('Tab');
		}
		throw new Error('could not reach the element with Tab');
	}

	/** Starts the meeting with the keyboard: the mode's radio button with the arrow keys, then Start. */
	async start(mode: 'coach' | 'assessment' = 'coach'): Promise<void> {
		const coach = this.page.locator('input[type=radio][value=coach]');
		await this.tabTo(coach);
		if (mode === 'assessment') await this.page.keyboard.press('ArrowDown');
		await expect(this.page.locator(`input[type=radio][value=${mode}]`)).toBeChecked();
		await this.tabTo(this.page.locator('form.start button[type=submit]'));
		await this.page.keyboard.press('Enter');
		await expect(this.choices).toBeVisible();
	}

	get choices() {
		return this.page.getByTestId('choices');
	}

	/** The ids of the choices on offer, in the order shown. */
	offered(): Promise<string[]> {
		return this.choices.locator('[data-choice]').evaluateAll((els) => els.map((e) => e.getAttribute('data-choice')!));
	}

	/** Says a choice by pressing its number key. */
	async say(choiceId: string): Promise<void> {
		const button = this.page.locator(`[data-choice="${choiceId}"]`);
		const key = (await button.locator('.key').textContent())?.trim();
		if (!key) throw new Error(`${choiceId} has no number key`);
		const before = await this.page.locator('[role=log] > *').count();
		await this.page.keyboard.press(key);
		await expect.poll(() => this.page.locator('[role=log] > *').count()).toBeGreaterThan(before);
	}

	/** Says every choice of a path, in order. */
	async sayAll(choiceIds: string[]): Promise<void> {
		for (const id of choiceIds) await this.say(id);
	}

	/** Goes from the ending to the debrief with the keyboard. */
	async openDebrief(): Promise<void> {
		await expect(this.page.locator('#ended-title')).toBeFocused();
		await this.tabTo(this.page.locator('.ended button'));
		await this.page.keyboard.press('Enter');
		await expect(this.page.locator('#debrief-title')).toBeVisible();
	}

	/** The saved role-play records in IndexedDB. */
	async records(kind: 'roleplayAttempt' | 'roleplayResult') {
		return (await this.app.storedRecords()).filter((r) => r.kind === kind);
	}

	/** Rewrites the saved attempt of a scenario in IndexedDB, as an older build might have left it. */
	async rewriteAttempt(scenarioId: string, patch: Record<string, unknown>): Promise<void> {
		await this.page.evaluate(
			([id, p]) =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.open('ssm-trainer');
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const db = request.result;
						const tx = db.transaction('records', 'readwrite');
						const store = tx.objectStore('records');
						const get = store.get(`roleplay:${id}`);
						get.onsuccess = () => {
							const record = get.result;
							record.data = { ...record.data, ...p };
							store.put(record);
						};
						tx.oncomplete = () => {
							db.close();
							resolve();
						};
						tx.onerror = () => reject(tx.error);
					};
				}),
			[scenarioId, patch] as const
		);
	}
}
