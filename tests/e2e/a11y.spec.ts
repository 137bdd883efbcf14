import { test } from '@playwright/test';
import { AppModel } from './models/app.model';
import { ROUTES } from './routes';

for (const locale of ['en', 'zh'] as const) {
	for (const theme of ['standard', 'projector'] as const) {
		test.describe(`${locale}, ${theme} theme`, () => {
			for (const path of ROUTES) {
				test(`axe finds nothing on ${path}`, async ({ page }) => {
					const app = new AppModel(page);
					await app.presetSettings({ locale, theme, scheme: 'light' });
					await app.open(path);
					await app.expectAccessible(`${path} (${locale}, ${theme})`);
				});
			}
		});
	}
}

test('axe finds nothing in dark mode on the lesson page', async ({ page }) => {
	const app = new AppModel(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await app.open('/course/opening/ssm-overview');
	await app.expectAccessible('lesson, dark');
	await app.presetSettings({ theme: 'projector', scheme: 'dark' });
	await app.open('/course/opening/ssm-overview');
	await app.expectAccessible('lesson, projector dark');
});
