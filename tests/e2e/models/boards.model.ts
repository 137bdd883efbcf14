import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppModel } from './app.model';

/** A board page: its fields, tables, export and import. */
export class BoardModel extends AppModel {
	constructor(page: Page) {
		super(page);
	}

	/** The live board (not the print copy). */
	get board() {
		return this.page.getByTestId('board');
	}

	/** Opens a board and waits until its saved content has loaded. */
	async openBoard(path: string): Promise<void> {
		await this.open(path);
		await expect(this.board).toBeVisible();
	}

	/**
	 * A field or cell by its accessible name (for a table cell: "Initiative 1 — Owner"). Names are
	 * matched by role because every label also holds the other language, hidden.
	 */
	field(label: string, role: 'textbox' | 'spinbutton' | 'checkbox' = 'textbox') {
		return this.board.getByRole(role, { name: label, exact: true });
	}

	/** A date field by the visible text of its label (date inputs have no ARIA role to find them by). */
	async date(label: string) {
		const inputs = this.board.locator('input[type="date"]');
		const names = await inputs.evaluateAll((els) =>
			els.map((el) =>
				((el as HTMLInputElement).labels?.[0] as HTMLElement | undefined)?.innerText.replace(/\s+/g, ' ').trim()
			)
		);
		const index = names.indexOf(label);
		expect(index, `a date field labelled ${label}`).toBeGreaterThanOrEqual(0);
		return inputs.nth(index);
	}

	/** Types into a field and leaves it, which saves it. */
	async fill(label: string, value: string): Promise<void> {
		await this.field(label).fill(value);
		await this.field(label).blur();
	}

	/** Picks an option of a choice field. */
	async choose(group: string, option: string): Promise<void> {
		await this.board
			.getByRole('group', { name: group, exact: true })
			.getByRole('radio', { name: option, exact: true })
			.check();
	}

	/** Adds a row to a table by its button ("Add: Initiative"). */
	async addRow(row: string): Promise<void> {
		await this.board.getByRole('button', { name: `Add: ${row}` }).click();
	}

	/** Downloads an export and returns its text. */
	async export(button: 'Export as JSON' | 'Export as Markdown'): Promise<{ name: string; text: string }> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: button }).click();
		const file = await download;
		return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
	}

	/** Chooses a file to import. */
	async importText(text: string, name = 'board.json'): Promise<void> {
		const path = test.info().outputPath(name);
		writeFileSync(path, text);
		await this.page.getByLabel('Import a board file (JSON)').setInputFiles(path);
	}

	/** What the import says. */
	get importResult() {
		return this.page.getByTestId('board-import-result');
	}
}
