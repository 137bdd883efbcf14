import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { blankCredit, gradeTemplate, keyTemplateAnswer } from '../../../src/lib/exercises/template/template.grade';
import type { TemplateDef } from '../../../src/lib/exercises/template/template.def';
import { resolveTemplate } from '../../../src/lib/exercises/template/template.resolve';
import { segments } from '../../../src/lib/exercises/template/template.view';
import { base, realContext, t } from './fixtures';

const ctx = realContext();
const resolve = (def: Partial<TemplateDef>) => {
	const issues: FieldIssue[] = [];
	const ex = resolveTemplate({ ...base('tpl'), type: 'template', ...def } as TemplateDef, ctx, issues);
	return { ex, issues };
};

describe('the ISC bridge from the case', () => {
	const ids = ['applications', 'systems', 'management', 'services'].flatMap((a) => [
		`${a}-requirement`,
		`${a}-designs`
	]);
	const { ex, issues } = resolve({
		source: 'isc-bridge',
		case: 'homebody',
		labels: { requirement: t('Requirement'), designs: t('Possible designs'), recommended: t('Recommended') },
		distractors: {
			applications: ['firewall'],
			systems: ['embedded-help'],
			management: ['middleware'],
			services: ['open-architecture']
		},
		explanations: Object.fromEntries([...ids, 'services-recommended'].map((id) => [id, t(id)]))
	});

	it('asks per area for its requirement, its designs and the recommended design', () => {
		expect(issues).toEqual([]);
		expect(ex.groups.map((g) => g.heading?.en)).toEqual([
			'Applications',
			'Systems & network',
			'Systems management',
			'Services'
		]);
		const designs = ex.blanks.find((b) => b.id === 'management-designs')!;
		expect(designs.multiple).toBe(true);
		expect(designs.answer).toContain('firewall');
		expect(designs.options.map((o) => o.id)).toContain('middleware');
		expect(ex.blanks.find((b) => b.id === 'services-recommended')!.answer).toEqual(['hire-experts-from-other-firms']);
	});

	it('scores the key 100 % and an empty template 0', () => {
		expect(gradeTemplate(ex, keyTemplateAnswer(ex)).score).toBe(1);
		expect(gradeTemplate(ex, { choices: {} }).score).toBe(0);
	});

	it('takes a wrong design off the right ones and never goes below 0', () => {
		const blank = ex.blanks.find((b) => b.id === 'systems-designs')!;
		expect(blank.answer).toHaveLength(3);
		expect(blankCredit(blank, ['open-architecture', 'middleware'])).toBeCloseTo(2 / 3);
		expect(blankCredit(blank, ['open-architecture', 'middleware', 'embedded-help'])).toBeCloseTo(1 / 3);
		expect(blankCredit(blank, ['embedded-help'])).toBe(0);
	});

	it('refuses a distractor that belongs to the area itself', () => {
		const r = resolve({
			source: 'isc-bridge',
			case: 'homebody',
			labels: { requirement: t('R'), designs: t('D'), recommended: t('Rec') },
			distractors: { applications: ['menus-and-icons'] },
			explanations: {}
		});
		expect(r.issues).toContainEqual({
			field: 'distractors.applications',
			message: 'menus-and-icons is not a design of another area'
		});
	});
});

describe('a written-out template', () => {
	const { ex, issues } = resolve({
		groups: [{ id: 'vp', text: { en: 'You will {goal} by {means}.', zh: '通过{means}，您将{goal}。' } }],
		blanks: [
			{
				id: 'goal',
				group: 'vp',
				label: t('Goal'),
				options: [
					{ id: 'a', text: t('grow') },
					{ id: 'b', text: t('shrink') },
					{ id: 'c', text: t('grow a bit') }
				],
				answer: 'a',
				partial: [{ choice: 'c', credit: 0.5 }],
				explanation: t('x')
			},
			{
				id: 'means',
				group: 'vp',
				label: t('Means'),
				options: [
					{ id: 'x', text: t('CRM') },
					{ id: 'y', text: t('luck') }
				],
				answer: 'x',
				explanation: t('y')
			}
		]
	});

	it('checks placeholders and grades single blanks with partial credit', () => {
		expect(issues).toEqual([]);
		expect(gradeTemplate(ex, { choices: { goal: ['c'], means: ['y'] } }).items.map((i) => i.score)).toEqual([0.5, 0]);
	});

	it('splits a sentence into text and blanks', () => {
		expect(segments(ex.groups[0]!.text!.zh)).toEqual([
			{ kind: 'text', text: '通过' },
			{ kind: 'blank', id: 'means' },
			{ kind: 'text', text: '，您将' },
			{ kind: 'blank', id: 'goal' },
			{ kind: 'text', text: '。' }
		]);
	});

	it('reports a blank missing from its sentence', () => {
		const r = resolve({
			groups: [{ id: 'vp', text: { en: 'You will {goal}.', zh: '您将{goal}。' } }],
			blanks: [
				{
					id: 'goal',
					group: 'vp',
					label: t('Goal'),
					options: [
						{ id: 'a', text: t('a') },
						{ id: 'b', text: t('b') }
					],
					answer: 'a',
					explanation: t('x')
				},
				{
					id: 'means',
					group: 'vp',
					label: t('Means'),
					options: [
						{ id: 'a', text: t('a') },
						{ id: 'b', text: t('b') }
					],
					answer: 'q',
					explanation: t('x')
				}
			]
		});
		expect(r.issues.map((i) => i.message)).toEqual(['no option q', '{means} is missing', '{means} is missing']);
	});
});
