import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Settings as the boot script reads them from localStorage before the first paint. */
export interface BootSettings {
	locale?: 'en' | 'zh';
	theme?: 'standard' | 'projector';
	scheme?: 'system' | 'light' | 'dark';
}

/** The app shell as a user meets it: header, navigation, language switch, banners, saved data. */
export class AppModel {
	constructor(readonly page: Page) {}

	/** Presets the settings mirror for every page this tab opens, as if chosen on an earlier visit. */
	async presetSettings(settings: BootSettings): Promise<void> {
		await this.page.addInitScript((s) => {
			if (!sessionStorage.getItem('preset-done')) {
				localStorage.setItem('ssm-trainer.settings', JSON.stringify(s));
				sessionStorage.setItem('preset-done', '1');
			}
		}, settings);
	}

	/** Opens a path and waits until the app has started (the store has opened). */
	async open(path: string): Promise<void> {
		await this.page.goto(path);
		await this.waitForApp();
	}

	/** Waits for the saved-progress store to open in the page. */
	async waitForApp(): Promise<void> {
		await this.page.waitForFunction(() => document.documentElement.dataset.appReady === 'true');
	}

	get main() {
		return this.page.locator('main');
	}

	get header() {
		return this.page.locator('header.site-header');
	}

	/** The `<html lang>` value. */
	lang(): Promise<string | null> {
		return this.page.locator('html').getAttribute('lang');
	}

	/** The language switch link in the header. */
	languageLink(label: 'English' | '中文') {
		return this.header.getByRole('link', { name: label, exact: true });
	}

	/** All records in IndexedDB, read directly; none before the app has created its database. */
	storedRecords(): Promise<{ id: string; kind: string; data: unknown }[]> {
		return this.page.evaluate(
			() =>
				new Promise((resolve, reject) => {
					const request = indexedDB.open('ssm-trainer');
					// The app creates its database on the first save: do not create an empty one first.
					request.onupgradeneeded = () => request.transaction?.abort();
					request.onerror = () => (request.error?.name === 'AbortError' ? resolve([]) : reject(request.error));
					request.onsuccess = () => {
						const db = request.result;
						const get = db.transaction('records').objectStore('records').getAll();
						get.onsuccess = () => {
							db.close();
							resolve(get.result);
						};
					};
				})
		);
	}

	/**
	 * Waits until IndexedDB holds text in some record: a change shows on screen a moment before its
	 * write completes, so a test that reloads at once waits for the write first.
	 */
	async waitForStored(text: string): Promise<void> {
		await expect.poll(async () => JSON.stringify(await this.storedRecords())).toContain(text);
	}

	/** Runs axe on the page and fails with a readable list of violations. */
	async expectAccessible(context: string): Promise<void> {
		const results = await new AxeBuilder({ page: this.page }).analyze();
		const summary = results.violations.map(
			(v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
		);
		expect(summary, `axe violations on ${context}`).toEqual([]);
	}
}
