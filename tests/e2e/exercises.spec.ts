import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadCourse } from '../../src/lib/content/course-loader.server';
import { keyAnswer } from '../../src/lib/exercises/grade';
import { resolveExercise } from '../../src/lib/exercises/resolve';
import type { ResolvedExercise } from '../../src/lib/exercises/resolved';
import { walkTree } from '../../src/lib/exercises/tree/tree.walk';
import { loadCase } from '../../src/lib/scenarios/case-loader';
import { readTree } from '../../scripts/content-files';
import { ExerciseModel } from './models/exercise.model';

const course = loadCourse(readTree(process.cwd(), 'content')).course;
const hb = loadCase('scenarios/homebody/case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!;
const resolve = (id: string) =>
	resolveExercise(course.exercises.get(id)!, { cases: new Map([[hb.id, hb]]), ssmSteps: course.ssmSteps }).exercise;

/** One real exercise of every type: the ones the keyboard journeys complete. */
const ONE_OF_EACH = {
	classify: 'stage6-evidence',
	order: 'evaluation-plan',
	match: 'focus-by-phase',
	place2x2: 'sam-placement',
	statement: 'tim-statements',
	chain: 'pain-chain',
	template: 'isc-bridge',
	rate: 'homebody-assessment',
	tree: 'test-power',
	compute: 'weighted-pipeline'
} as const;

type Key = Record<string, unknown>;

/** The radio and check-box choices of the key, by input name: what the component names each group. */
function keyedInputs(ex: ResolvedExercise): Map<string, string[]> {
	const key = keyAnswer(ex) as Key;
	const inputs = new Map<string, string[]>();
	const flat = (map: Record<string, string>) =>
		Object.entries(map).forEach(([id, v]) => inputs.set(`${ex.id}-${id}`, [v]));
	const nested = (map: Record<string, Record<string, string>>) =>
		Object.entries(map).forEach(([id, parts]) =>
			Object.entries(parts).forEach(([part, v]) => inputs.set(`${ex.id}-${id}-${part}`, [v]))
		);
	if (ex.type === 'classify' || ex.type === 'place2x2' || ex.type === 'rate')
		flat(key.choices as Record<string, string>);
	if (ex.type === 'match' || ex.type === 'statement' || ex.type === 'chain')
		nested(key.choices as Record<string, Record<string, string>>);
	if (ex.type === 'template')
		Object.entries(key.choices as Record<string, string[]>).forEach(([id, v]) => inputs.set(`${ex.id}-${id}`, v));
	if (ex.type === 'compute') {
		for (const f of ex.fields) if (f.kind === 'choice') inputs.set(`${ex.id}-${f.id}`, [f.answer]);
	}
	return inputs;
}

/** Answers the whole exercise with the key, using the keyboard only. */
async function answerWithKeyboard(model: ExerciseModel, ex: ResolvedExercise, locale: 'en' | 'zh') {
	const page = model.page;
	// Groups in the order they appear, so that Tab mostly moves one step at a time.
	const names: string[] = await model.body.evaluate((el) => [
		...new Set([...el.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].map((i) => i.name))
	]);
	const keyed = keyedInputs(ex);
	for (const name of names) {
		const values = keyed.get(name);
		if (!values) continue;
		const boxes = page.locator(`input[type="checkbox"][name="${name}"]`);
		if (await boxes.count()) {
			for (const box of await boxes.all())
				await model.setCheckbox(box, values.includes((await box.getAttribute('value'))!));
		} else {
			await model.chooseRadio(name, values[0]!);
		}
	}
	if (ex.type === 'order') {
		for (const item of [...ex.items].sort((a, b) => a.rank - b.rank)) {
			await model.press(page.locator(`#${ex.id}-add-${item.id}`));
			if (item.mark) {
				const box = page.getByRole('checkbox', {
					name: new RegExp(item.text[locale].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
				});
				await model.setCheckbox(box, true);
			}
		}
	}
	if (ex.type === 'tree') {
		for (const s of ex.situations) {
			for (const [i, optionId] of s.path.entries()) {
				const node = walkTree(ex, s.path.slice(0, i)).current!;
				const label = node.options.find((o) => o.id === optionId)!.label[locale];
				const area = page.locator(`[id="${ex.id}-${s.id}-next"]`);
				await model.press(area.getByRole('button', { name: label, exact: true }));
			}
			await expect(page.locator(`[id="${ex.id}-${s.id}-next"]`)).toContainText(
				ex.leaves.find((l) => l.id === s.leaf)!.name[locale]
			);
		}
	}
	if (ex.type === 'compute') {
		for (const f of ex.fields) {
			if (f.kind === 'number') await model.typeInto(page.locator(`[id="${ex.id}-${f.id}"]`), String(f.answer));
		}
	}
}

for (const locale of ['en', 'zh'] as const) {
	test.describe(`exercises in ${locale}`, () => {
		for (const [type, id] of Object.entries(ONE_OF_EACH)) {
			test(`completes the ${type} exercise ${id} with the keyboard alone and scores 100 %`, async ({ page }) => {
				test.setTimeout(120_000);
				const ex = resolve(id);
				const problems: string[] = [];
				page.on('console', (message) => {
					if (message.type() === 'error' || /Content Security Policy/i.test(message.text()))
						problems.push(message.text());
				});
				page.on('pageerror', (error) => problems.push(error.message));
				const model = new ExerciseModel(page);
				await model.presetSettings({ locale, theme: 'standard', scheme: 'light' });
				await model.openExercise(id);
				await expect(page.locator('h1')).toHaveText(ex.title[locale], { useInnerText: true });
				await model.expectAccessible(`${id} before answering (${locale})`);
				await answerWithKeyboard(model, ex, locale);
				await model.checkAnswers();
				await expect(model.score).toHaveText(locale === 'en' ? 'Score: 100%' : '得分：100%', { useInnerText: true });
				await expect(page.locator('[data-verdict]').first()).toBeVisible();
				expect(await page.locator('[data-verdict]:not([data-verdict="correct"])').count()).toBe(0);
				await model.expectAccessible(`${id} after checking (${locale})`);
				expect(problems, 'console errors and CSP violations').toEqual([]);
			});
		}
	});
}

test('keeps the best score over a worse retry, saves the answer and lists it on practice and progress', async ({
	page
}) => {
	const model = new ExerciseModel(page);
	const ex = resolve('stage6-evidence');
	await model.openExercise(ex.id);
	await answerWithKeyboard(model, ex, 'en');
	await model.checkAnswers();
	await expect(model.score).toHaveText('Score: 100%', { useInnerText: true });

	await model.press(page.getByRole('button', { name: 'Try again' }));
	await expect(page.locator('[data-verdict]')).toHaveCount(0);
	await expect(page.locator(`input[name="${ex.id}-signed-contract"]:checked`)).toHaveCount(0);
	await model.chooseRadio(`${ex.id}-signed-contract`, 'not-evidence');
	await model.checkAnswers();
	await expect(model.score).toHaveText('Score: 0%', { useInnerText: true });
	await expect(page.getByText('Best score so far: 100% · attempts: 2')).toBeVisible();

	// The score shows a moment before its write completes.
	await expect
		.poll(async () => (await model.storedRecords()).find((r) => r.id === `exercise:${ex.id}`)?.data)
		.toMatchObject({
			best: 1,
			last: 0,
			attempts: 2,
			answer: { choices: { 'signed-contract': 'not-evidence' } }
		});

	await page.reload();
	await model.waitForApp();
	await expect(page.getByText('Your last answer is shown with its results.')).toBeVisible();
	await expect(page.locator(`input[name="${ex.id}-signed-contract"][value="not-evidence"]`)).toBeChecked();

	await model.open('/practice');
	await expect(page.getByRole('listitem').filter({ hasText: ex.title.en })).toContainText('Best 100%', {
		useInnerText: true
	});
	await model.open('/progress');
	await expect(page.getByRole('link', { name: ex.title.en })).toBeVisible();
	await expect(page.getByTestId('exercise-progress-summary')).toContainText(
		`1 of ${course.exercises.size} exercises tried`,
		{ useInnerText: true }
	);
});

test('lists every exercise by module on the practice page, with no score before any attempt', async ({ page }) => {
	const model = new ExerciseModel(page);
	await model.open('/practice');
	for (const mod of course.modules) {
		await expect(page.getByRole('heading', { name: new RegExp(`^Module ${mod.number}:`) })).toBeVisible();
	}
	for (const e of course.exercises.values()) {
		await expect(page.getByRole('link', { name: e.title.en, exact: true })).toBeVisible();
	}
	await expect(page.getByText('Not tried yet', { exact: true })).toHaveCount(course.exercises.size);
	await model.expectAccessible('practice list');
});
