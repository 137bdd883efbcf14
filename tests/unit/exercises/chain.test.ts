import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { fieldCredit, gradeChain, keyChainAnswer } from '../../../src/lib/exercises/chain/chain.grade';
import type { ChainDef } from '../../../src/lib/exercises/chain/chain.def';
import { resolveChain } from '../../../src/lib/exercises/chain/chain.resolve';
import { chainBranches } from '../../../src/lib/exercises/chain/chain.view';
import { base, realContext, t } from './fixtures';

const ctx = realContext();
const hb = ctx.cases.get('homebody')!;
const resolve = (def: Partial<ChainDef>) => {
	const issues: FieldIssue[] = [];
	const ex = resolveChain({ ...base('chain'), type: 'chain', case: 'homebody', ...def } as ChainDef, ctx, issues);
	return { ex, issues };
};

describe('the pain chain', () => {
	const people = hb.pains.filter((p) => !p.derived).map((p) => p.person);
	const { ex, issues } = resolve({
		source: 'pain-chain',
		labels: { pain: t('Pain'), feeds: t('Explains whose pain'), top: t('Top of the chain') },
		explanations: Object.fromEntries(people.map((p) => [p, t(p)]))
	});

	it('links each person to the person whose reason their pain is, from the case', () => {
		expect(issues).toEqual([]);
		const feeds = Object.fromEntries(ex.nodes.map((n) => [n.id, n.key.feeds]));
		expect(feeds).toMatchObject({
			'wolfgang-overall': 'top',
			'boris-balance': 'wolfgang-overall',
			'yoshi-goto': 'boris-balance',
			'sarah-updown': 'yoshi-goto',
			'jose-makit': 'sarah-updown',
			'steve-panic': 'sarah-updown',
			'susan-notetaker': 'sarah-updown',
			'barbara-futura': 'susan-notetaker',
			'tony-technology': 'susan-notetaker'
		});
		expect(ex.nodes.map((n) => n.id)).not.toContain('nancy-dinero');
	});

	it('draws the learner’s links as a tree with the CEO on top', () => {
		const branches = chainBranches(ex, keyChainAnswer(ex));
		expect(branches.map((b) => b.node.id)).toEqual(['wolfgang-overall']);
		const sm = branches[0]!.children[0]!.children[0]!.children[0]!;
		expect(sm.node.id).toBe('sarah-updown');
		expect(sm.children.map((c) => c.node.id).sort()).toEqual(['jose-makit', 'steve-panic', 'susan-notetaker']);
	});

	it('still lists every node once when the learner links in a loop', () => {
		const loop = {
			choices: { 'wolfgang-overall': { feeds: 'boris-balance' }, 'boris-balance': { feeds: 'wolfgang-overall' } }
		};
		const ids: string[] = [];
		const walk = (b: ReturnType<typeof chainBranches>) => b.forEach((x) => (ids.push(x.node.id), walk(x.children)));
		walk(chainBranches(ex, loop));
		expect(ids.sort()).toEqual(ex.nodes.map((n) => n.id).sort());
	});

	it('gives half credit for the right pain with the wrong link', () => {
		expect(gradeChain(ex, keyChainAnswer(ex)).score).toBe(1);
		expect(gradeChain(ex, { choices: {} }).score).toBe(0);
		const r = gradeChain(ex, { choices: { 'yoshi-goto': { pain: 'pain-yoshi-goto', feeds: 'top' } } });
		expect(r.items.find((i) => i.id === 'yoshi-goto')?.score).toBe(0.5);
	});
});

describe('the organisation map', () => {
	const people = hb.orgMap.map((o) => o.person);
	const labels = {
		circle: t('Circle'),
		outside: t('Outside'),
		political: t('Political structure'),
		inner: t('Inner circle')
	};
	const { ex, issues } = resolve({
		source: 'org-map',
		labels,
		evidence: Object.fromEntries(people.map((p) => [p, t(`evidence ${p}`)])),
		explanations: Object.fromEntries(people.map((p) => [p, t(p)]))
	});

	it('takes the four attributes and the circle from the case', () => {
		expect(issues).toEqual([]);
		const yoshi = ex.nodes.find((n) => n.id === 'yoshi-goto')!;
		expect(yoshi.key).toEqual({
			role: 'D',
			adaptability: 'V',
			attitude: 'supporter',
			coverage: 'little',
			circle: 'inner'
		});
		expect(ex.fields.find((f) => f.id === 'attitude')!.options.map((o) => o.symbol)).toEqual(['*', '+', '=', '−', 'x']);
	});

	it('gives half credit for a neighbour on a scale, none on the buying role', () => {
		const attitude = ex.fields.find((f) => f.id === 'attitude')!;
		const role = ex.fields.find((f) => f.id === 'role')!;
		expect(fieldCredit(attitude, 'sponsor', 'supporter')).toBe(0.5);
		expect(fieldCredit(attitude, 'neutral', 'sponsor')).toBe(0);
		expect(fieldCredit(role, 'E', 'D')).toBe(0);
		expect(fieldCredit(attitude, 'made-up', 'supporter')).toBe(0);
	});

	it('needs evidence and an explanation for every person', () => {
		const r = resolve({ source: 'org-map', labels, explanations: {} });
		expect(r.issues.filter((i) => i.field.startsWith('evidence.'))).toHaveLength(10);
		expect(r.issues.filter((i) => i.field.startsWith('explanations.'))).toHaveLength(10);
	});
});
