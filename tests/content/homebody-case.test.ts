import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content/course-loader.server';
import { loadCase } from '../../src/lib/scenarios/case-loader';

const file = 'scenarios/homebody/case.yaml';
const { value, issues } = loadCase(file, readFileSync(file, 'utf8'));
const hb = value!;
const person = (id: string) => hb.people.find((p) => p.id === id)!;


describe('the Homebody case data', () => {
	it('loads without a problem', () => {
		expect(formatIssues(issues)).toBe('');
	});

	it('has the ten executives with their exact names and titles', () => {
		expect(hb.people.map((p) => [p.name, p.short.en])).toEqual([
			['Wolfgang Overall', 'CEO'],
			['Yoshi Goto', 'COO'],
			['Boris Balance', 'CFO'],
			['Susan Notetaker', 'CIO'],
			['Barbara Futura', 'VP Strategy'],
			['Sarah Updown', 'VP Sales & Marketing'],
			['Jose Makit', 'VP Manufacturing'],
			['Steve Panic', 'VP Customer Service'],
			['Tony Technology', 'VP I/S'],
			['Nancy Dinero', 'Controller']
		]);
	});

	it('has six initiatives, four for revenue and two for cost, each result BY activity', () => {
		expect(hb.initiatives).toHaveLength(6);
		expect(hb.initiatives.filter((i) => i.focus === 'revenue')).toHaveLength(4);
		expect(hb.initiatives.filter((i) => i.focus === 'cost').map((i) => i.id)).toEqual(['supply-chain', 'procurement']);
		for (const i of hb.initiatives) {
			expect(i.result.en, i.id).not.toMatch(/^by /i);
			expect(i.activity.en.length, i.id).toBeGreaterThan(10);
		}
	});

	it('makes CRM the most critical initiative, owned by Sarah Updown, with no project yet', () => {
		const crm = hb.initiatives.find((i) => i.priority === 1)!;
		expect(crm.id).toBe('crm-loyalty');
		expect(crm.activity.en).toMatch(/CRM/);
		expect(person(crm.owner).name).toBe('Sarah Updown');
		expect(crm.status?.en).toMatch(/No action or project/);
	});

	it('links the pain chain: one person\'s reason is the next person\'s pain', () => {
		const links = hb.pains.flatMap((p) => p.reasons.filter((r) => r.leadsTo).map((r) => `${p.person} → ${r.leadsTo}`));
		expect(links).toEqual(
			expect.arrayContaining([
				'wolfgang-overall → boris-balance',
				'boris-balance → yoshi-goto',
				'yoshi-goto → sarah-updown',
				'sarah-updown → susan-notetaker',
				'sarah-updown → steve-panic',
				'sarah-updown → jose-makit',
				'susan-notetaker → barbara-futura'
			])
		);
		const sarah = hb.pains.find((p) => p.person === 'sarah-updown')!;
		expect(sarah.pain.en).toBe('Market share is shrinking');
		expect(sarah.reasons.map((r) => r.text.en)).toEqual([
			'Customer loyalty is falling',
			'We do not understand how our customers buy',
			'Customer-service quality is falling',
			'New products take longer and longer to develop'
		]);
	});

	it('keeps the investment case numbers of the course', () => {
		const { hardware, software, services } = hb.investment;
		expect([hardware.amount, software.amount, services.amount]).toEqual([600, 800, 2000]);
		expect(hardware.amount + software.amount + services.amount).toBe(3400);
		expect(hb.preliminarySolution.valuePerYearMillionsUsd).toEqual([3.5, 4.5]);
		expect(hb.preliminarySolution.investmentMillionsUsd).toEqual([3.5, 4]);
		expect(hb.preliminarySolution.monthsToImplement).toEqual([7, 10]);
		const legible = hb.investment.benefits.map((b) => b.quarters.filter((q) => q > 0).slice(0, 5));
		expect(legible).toEqual([
			[60, 130, 260, 390, 650],
			[90, 130, 260, 390, 520]
		]);
	});

	it('marks Yoshi Goto as the potential key decision maker and Sarah Updown as the sponsor', () => {
		expect(hb.orgMap.find((o) => o.keyDecisionMaker)?.person).toBe('yoshi-goto');
		expect(hb.orgMap.find((o) => o.attitude === 'sponsor')?.person).toBe('sarah-updown');
		expect(hb.orgMap.find((o) => o.person === 'wolfgang-overall')?.role).toBe('A');
		expect(hb.orgMap.filter((o) => o.role === 'U').map((o) => o.person).sort()).toEqual(['jose-makit', 'steve-panic']);
	});

	it('places Homebody on the SAM grid from its initiatives', () => {
		expect(hb.sam).toMatchObject({ current: 'laggard', heading: 'dominator', headingPartial: ['leader'] });
	});

	it('has the evaluation plan with its go/no-go points', () => {
		expect(hb.evaluationPlan).toHaveLength(15);
		expect(hb.evaluationPlan.filter((e) => e.stars > 0).map((e) => e.id)).toEqual([
			'review-updown',
			'present-goto',
			'blueprint',
			'finalise',
			'legal',
			'draft-review',
			'approval-review'
		]);
	});
});
