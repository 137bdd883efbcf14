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

describe('modules 0 to 3: the first day', () => {
	const firstDay = ['opening', 'understand', 'explore', 'vision'];
	const modules = course.modules.filter((mod) => firstDay.includes(mod.id));
	const lessonsOf = (moduleId: string) => [...course.lessons.values()].filter((l) => l.moduleId === moduleId);
	const files = readTree(root, 'content');

	it('has the four modules of day 1, in agenda order', () => {
		expect(modules.map((mod) => [mod.number, mod.id, mod.day])).toEqual([
			[0, 'opening', 1],
			[1, 'understand', 1],
			[2, 'explore', 1],
			[3, 'vision', 1]
		]);
	});

	it.each(firstDay)('module %s has 2 to 4 lessons, instructor notes, 4 to 8 key terms and a team exercise', (id) => {
		const mod = modules.find((m) => m.id === id)!;
		expect(mod.lessons.length).toBeGreaterThanOrEqual(2);
		expect(mod.lessons.length).toBeLessThanOrEqual(4);
		expect(mod.hasInstructorNotes).toBe(true);
		expect(mod.keyTerms.length).toBeGreaterThanOrEqual(4);
		expect(mod.keyTerms.length).toBeLessThanOrEqual(8);
		expect(mod.teamExercise?.boards.length).toBeGreaterThan(0);
		for (const locale of LOCALES) expect(mod.teamExercise?.instructionsHtml[locale]).toMatch(/<ol>/);
	});

	it.each(firstDay)('every lesson of module %s takes 10 to 30 minutes, stays under 7.5 KB a language and has notes in every section', (id) => {
		for (const lesson of lessonsOf(id)) {
			expect(lesson.minutes).toBeGreaterThanOrEqual(10);
			expect(lesson.minutes).toBeLessThanOrEqual(30);
			for (const locale of LOCALES) {
				const path = `content/modules/${String(modules.find((m) => m.id === id)!.number).padStart(2, '0')}-${id}/${lesson.id}.${locale}.md`;
				expect(Buffer.byteLength(files.get(path)!), path).toBeLessThan(7.5 * 1024);
				for (const section of lesson.body[locale].filter((s) => s.title)) {
					expect(section.notes.length, `${path} ${section.id}`).toBeGreaterThan(0);
				}
			}
		}
	});

	it('answers the opening agenda: course goals, team roles and choosing the opportunity before the overview', () => {
		expect(lessonsOf('opening').map((l) => l.id)).toEqual(['course-goals', 'team-and-opportunity', 'ssm-overview']);
	});

	it('spells every Homebody executive exactly as the case does, never as the decks misspell them', () => {
		const text = [...files].filter(([path]) => /modules\/0[0-3]-/.test(path)).map(([, t]) => t).join('\n');
		expect(text).not.toMatch(/Notetakei|Updow\b|Updow[^n]/);
		for (const name of ['Yoshi Goto', 'Sarah Updown', 'Susan Notetaker', 'Wolfgang Overall']) expect(text).toContain(name);
	});

	it('gives the 9-block orders exactly in the key terms of module 3', () => {
		const vision = modules.find((m) => m.id === 'vision')!;
		const def = (id: string) => vision.keyTerms.find((t) => t.id === id)!.definition.en;
		expect(def('vision-creation')).toContain('R1, R2, R3, I1, I2, I3, C1, C2, C3');
		expect(def('vision-reengineering')).toContain('C1, C2, R1, R2, R3, I1, I2, I3, C3');
	});

	it('folds every Homebody answer key of the lessons until the reader opens it', () => {
		const answerKeys = ['pain-chain', 'initiatives', 'tech-preferences', 'org-map'];
		for (const lesson of course.lessons.values()) {
			for (const block of lesson.body.en.flatMap((s) => s.blocks)) {
				if (block.kind === 'diagram' && answerKeys.includes(block.diagram.name)) {
					expect(block.reveal, `${lesson.moduleId}/${lesson.id} ${block.diagram.name}`).toBe(true);
				}
				if (block.kind === 'diagram' && block.diagram.name === 'sam-grid' && block.diagram.position) {
					expect(block.reveal).toBe(true);
				}
			}
		}
	});
});
