import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistIds, observerChecklist, roleCards, samTimCase, samTimDebrief } from '$lib/classroom/sam-tim';
import { loadCase } from '$lib/scenarios/case-loader';

const file = 'scenarios/homebody/case.yaml';
const hb = samTimCase(loadCase(file, readFileSync(file, 'utf8')).value!);

describe('the SAM/TIM role-play from the Homebody case', () => {
	it('casts Yoshi Goto, COO, with his boss, his reports and his pain', () => {
		expect(hb.customer).toEqual({
			name: 'Yoshi Goto',
			title: expect.objectContaining({ en: expect.stringContaining('COO') })
		});
		expect(hb.boss?.name).toBe('Wolfgang Overall');
		expect(hb.reports.map((r) => r.name)).toEqual(['Sarah Updown', 'Jose Makit', 'Steve Panic']);
		expect(hb.pain?.pain.en).toBe('Revenue is falling');
	});

	it('holds the six initiatives, most critical first: CRM, owned by Sarah Updown', () => {
		expect(hb.initiatives).toHaveLength(6);
		expect(hb.initiatives.map((i) => i.priority)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(hb.initiatives.filter((i) => i.focus === 'revenue')).toHaveLength(4);
		expect(hb.initiatives[0]).toMatchObject({ id: 'crm-loyalty', owner: { name: 'Sarah Updown' } });
	});

	it('gives the observer one row per initiative and unique item ids', () => {
		const list = observerChecklist(hb);
		expect(list.initiatives).toHaveLength(6);
		const ids = checklistIds(list);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
		expect(list.objectives.find((o) => o.id === 'owner')?.text.en).toContain('Sarah Updown');
	});

	it('compares what the rep found with the answer key', () => {
		const debrief = samTimDebrief(
			hb,
			new Set(['direction', 'found-crm-loyalty', 'reason-crm-loyalty', 'priority', 'found-procurement', 'open'])
		);
		expect(debrief.found).toBe(2);
		expect(debrief.total).toBe(6);
		expect(debrief.critical).toMatchObject({ found: true, owner: false });
		expect(debrief.direction).toBe(true);
		expect(debrief.missed.map((m) => m.initiative.id)).toEqual([
			'faster-products',
			'service-level',
			'cee-share',
			'supply-chain'
		]);
		expect(debrief.missed[0]!.hint.en).toContain('Jose Makit');
		expect(debrief.conduct.filter((c) => c.ticked).map((c) => c.item.id)).toEqual(['open']);
	});

	it('writes three role cards; only the customer brief is confidential and it lists the key', () => {
		const cards = roleCards(hb);
		expect(Object.keys(cards)).toEqual(['rep', 'customer', 'observer']);
		expect(cards.customer.confidential).toBe(true);
		expect(cards.rep.confidential).toBe(false);
		expect(cards.customer.who.en).toContain('Wolfgang Overall');
		const key = cards.customer.sections.at(-1)!;
		expect(key.items).toHaveLength(6);
		expect(key.ordered).toBe(true);
		expect(key.items[0]!.en).toMatch(/^Raise customer loyalty.* BY putting customer-relationship-management/);
		for (const card of Object.values(cards)) {
			for (const section of card.sections) for (const item of section.items) expect(item.zh.trim()).not.toBe('');
		}
	});
});
