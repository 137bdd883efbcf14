import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../src/lib/scenarios/case-loader';
import { painChainOrder } from '../../../src/lib/scenarios/pain-chain';

const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!;

describe('painChainOrder', () => {
	it('runs the Homebody chain from the CEO down, each person once, the derived card last', () => {
		const order = painChainOrder(homebody.pains).map((p) => p.person);
		expect(order.slice(0, 4)).toEqual(['wolfgang-overall', 'boris-balance', 'yoshi-goto', 'sarah-updown']);
		expect(order.at(-1)).toBe('nancy-dinero');
		expect(new Set(order).size).toBe(homebody.pains.length);
		expect(order.indexOf('susan-notetaker')).toBeLessThan(order.indexOf('tony-technology'));
	});

	it('puts a person only after someone whose reason leads to them', () => {
		const pains = [
			{ person: 'b', pain: { en: 'b', zh: 'b' }, derived: false, reasons: [{ id: 'r2', text: { en: '', zh: '' } }] },
			{
				person: 'a',
				pain: { en: 'a', zh: 'a' },
				derived: false,
				reasons: [{ id: 'r1', text: { en: '', zh: '' }, leadsTo: 'b' }]
			}
		];
		expect(painChainOrder(pains).map((p) => p.person)).toEqual(['a', 'b']);
	});
});
