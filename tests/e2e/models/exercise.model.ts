import { expect, type Locator, type Page } from '@playwright/test';
import { AppModel } from './app.model';

/** A practice page as a keyboard user meets it: Tab to reach a control, arrows, Space and Enter to use it. */
export class ExerciseModel extends AppModel {
	constructor(page: Page) {
		super(page);
	}

	/** The exercise body, once its type's component has loaded. */
	get body(): Locator {
		return this.page.getByTestId('exercise-body');
	}

	/** Opens an exercise and waits until its items are on the page. */
	async openExercise(id: string): Promise<void> {
		await this.open(`/practice/${id}`);
		await expect(this.body.locator('input, button').first()).toBeVisible();
	}

	/** True when the element (or, for a group, an element inside it) has the keyboard focus. */
	private hasFocus(target: Locator, within: boolean): Promise<boolean> {
		return target.evaluate(
			(el, inside) => (inside ? el.contains(document.activeElement) : el === document.activeElement),
			within
		);
	}

	/** Presses Tab (then Shift+Tab) until the target has the focus; fails if the keyboard cannot reach it. */
	async tabTo(target: Locator, within = false): Promise<void> {
		for (const key of ['Tab', 'Shift+Tab']) {
			for (let i = 0; i < 80; i++) {
				if (await this.hasFocus(target, within)) return;
				await this.page.keyboard.press(key);
			}
		}
		throw new Error(`the keyboard cannot reach ${target}`);
	}

	/** Chooses a radio button with the keyboard: Tab into its group, then Space or the arrow keys. */
	async chooseRadio(name: string, value: string): Promise<void> {
		const radios = this.page.locator(`input[type="radio"][name="${name}"]`);
		const target = radios.and(this.page.locator(`[value="${value}"]`));
		const group = this.page.locator('fieldset', { has: target }).first();
		await this.tabTo(group, true);
		if (await this.hasFocus(target, false)) {
			await this.page.keyboard.press('Space');
		} else {
			for (let i = 0; i < 12 && !(await target.isChecked()); i++) await this.page.keyboard.press('ArrowDown');
		}
		await expect(target).toBeChecked();
	}

	/** Ticks or clears a check box with the keyboard. */
	async setCheckbox(box: Locator, on: boolean): Promise<void> {
		if ((await box.isChecked()) === on) return;
		await this.tabTo(box);
		await this.page.keyboard.press('Space');
		await expect(box).toBeChecked({ checked: on });
	}

	/** Presses a button with the keyboard. */
	async press(button: Locator): Promise<void> {
		await this.tabTo(button);
		await this.page.keyboard.press('Enter');
	}

	/** Types into a text field with the keyboard. */
	async typeInto(field: Locator, text: string): Promise<void> {
		await this.tabTo(field);
		await this.page.keyboard.type(text);
		await expect(field).toHaveValue(text);
	}

	/** Checks the answer with the keyboard. */
	async checkAnswers(): Promise<void> {
		await this.press(this.page.getByRole('button', { name: /Check my answers|提交批改/ }));
		await expect(this.page.getByRole('heading', { name: /Your result|你的成绩/ })).toBeFocused();
	}

	/** The score shown after checking. */
	get score(): Locator {
		return this.page.getByTestId('exercise-score');
	}
}
