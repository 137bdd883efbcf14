import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues, loadCourse } from '../../src/lib/content/course-loader.server';
import { checkMessageBundle, duplicateKeys } from '../../src/lib/i18n/message-check';
import { LOCALES } from '../../src/lib/i18n/locale';
import { readTree } from '../../scripts/content-files';
import { loadCase } from '../../src/lib/scenarios/case-loader';

const root = new URL('../..', import.meta.url).pathname;
const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync(`${root}/scenarios/homebody/case.yaml`, 'utf8')).value!;
const { course, issues } = loadCourse(readTree(root, 'content'), { cases: new Map([['homebody', homebody]]) });

describe('the real course content', () => {
	it('loads without a single problem', () => {
		expect(formatIssues(issues)).toBe('');
	});

	it.each([...course.lessons.keys()])('lesson %s has the same sections, each with text, in both languages', (key) => {
		const lesson = course.lessons.get(key)!;
		const ids = LOCALES.map((locale) => lesson.body[locale].map((s) => s.id).join(','));
		expect(new Set(ids).size).toBe(1);
		for (const locale of LOCALES) {
			for (const section of lesson.body[locale]) {
				expect(section.blocks.length, `${key} ${locale} ${section.id}`).toBeGreaterThan(0);
				if (section.id !== 'intro') expect(section.title.trim(), `${key} ${locale} ${section.id}`).not.toBe('');
			}
		}
	});
});

describe('the SSM overview lesson and its diagram data', () => {
	const lesson = course.lessons.get('opening/ssm-overview')!;
	const steps = course.ssmSteps;

	it('draws the seven-step diagram in both languages', () => {
		for (const locale of LOCALES) {
			const diagrams = lesson.body[locale].flatMap((s) => s.blocks).filter((b) => b.kind === 'diagram');
			expect(diagrams).toHaveLength(1);
		}
	});

	it('pairs the seven buying steps with the seven selling stages of the brief', () => {
		expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(steps.map((s) => s.phase)).toEqual(['plan', 'plan', 'execute', 'execute', 'execute', 'execute', 'implement']);
		expect(steps.map((s) => s.selling.zh)).toEqual([
			'理解客户的业务与 IT 环境，建立关系',
			'与客户共同探讨商机',
			'协助客户建立购买愿景',
			'阐明我方能力，确认商机',
			'与客户共同开发解决方案',
			'完成交易',
			'跟进实施，确保达到客户期望'
		]);
	});

	it('names the opportunity stages exactly as the course does', () => {
		expect(steps.slice(1).map((s) => s.stage.en)).toEqual([
			'Identified',
			'Validated',
			'Qualified',
			'Conditional agreement',
			'Won',
			'Completed'
		]);
		expect(steps.map((s) => s.stage.zh.split('（')[0])).toEqual(['关注', '发现', '确立', '确认', '有条件一致', '赢', '实施']);
		expect(steps[0]?.stage.en).toMatch(/no opportunity yet/);
	});

	it('states each verifiable outcome as something the customer does', () => {
		expect(steps[2]?.outcome.en).toMatch(/key decision maker/);
		expect(steps[3]?.outcome.en).toMatch(/preliminary solution/);
		expect(steps[4]?.outcome.en).toMatch(/conditionally approves/);
		expect(steps[5]?.outcome.en).toMatch(/contract is signed/);
		expect(steps[6]?.outcome.en).toMatch(/acknowledges the value/);
	});
});

describe('the interface messages', () => {
	const read = (bundle: string, locale: string) =>
		JSON.parse(readFileSync(`${root}/messages/${bundle}/${locale}.json`, 'utf8'));
	it('uses each key in one bundle only', () => {
		const bundles = Object.fromEntries(readdirSync(`${root}/messages`).map((b) => [b, read(b, 'en')]));
		expect(duplicateKeys(bundles)).toEqual([]);
	});
	for (const bundle of readdirSync(`${root}/messages`)) {
		it(`messages/${bundle} has every message in both languages with the same placeholders`, () => {
			const read = (locale: string) => JSON.parse(readFileSync(`${root}/messages/${bundle}/${locale}.json`, 'utf8'));
			expect(checkMessageBundle(`messages/${bundle}`, { en: read('en'), zh: read('zh') })).toEqual([]);
		});
	}
});
