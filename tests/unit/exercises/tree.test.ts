import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { gradeTree, keyTreeAnswer } from '../../../src/lib/exercises/tree/tree.grade';
import type { TreeDef } from '../../../src/lib/exercises/tree/tree.def';
import { resolveTree } from '../../../src/lib/exercises/tree/tree.resolve';
import { answerAt } from '../../../src/lib/exercises/tree/tree.view';
import { walkTree } from '../../../src/lib/exercises/tree/tree.walk';
import { base, realContext, t } from './fixtures';

const ctx = realContext();
const yesNo = (yes: string, no: string) => [
	{ id: 'yes', label: t('Yes'), next: yes },
	{ id: 'no', label: t('No'), next: no }
];
const def = {
	...base('tree'),
	type: 'tree',
	root: 'reason',
	nodes: [
		{ id: 'reason', question: t('Compelling reason?'), options: yesNo('advantage', 'hold') },
		{ id: 'advantage', question: t('3:1 advantage?'), options: yesNo('frontal', 'flanking') },
		{ id: 'hold', question: t('Must we hold this customer?'), options: yesNo('defend', 'walk-away') }
	],
	leaves: [
		{ id: 'frontal', strategy: 'frontal' },
		{ id: 'flanking', strategy: 'flanking' },
		{ id: 'defend', strategy: 'defend' },
		{ id: 'walk-away', strategy: 'walk-away' }
	],
	situations: [
		{
			id: 's1',
			text: t('Big edge'),
			answers: { reason: 'yes', advantage: 'yes' },
			leaf: 'frontal',
			explanation: t('x')
		},
		{ id: 's2', text: t('Nothing'), answers: { reason: 'no', hold: 'no' }, leaf: 'walk-away', explanation: t('y') }
	]
} as TreeDef;

describe('decision tree', () => {
	const issues: FieldIssue[] = [];
	const ex = resolveTree(def, ctx, issues);

	it('works out each situation’s path and names strategies from the method', () => {
		expect(issues).toEqual([]);
		expect(ex.situations.map((s) => s.path)).toEqual([
			['yes', 'yes'],
			['no', 'no']
		]);
		expect(ex.leaves.find((l) => l.id === 'fragment')).toBeUndefined();
		expect(ex.leaves[0]!.name).toEqual({ en: 'Frontal', zh: '正面出击' });
	});

	it('walks answers until an end, stopping at an answer that does not fit', () => {
		expect(walkTree(ex, ['yes']).current?.id).toBe('advantage');
		expect(walkTree(ex, ['yes', 'no']).leaf?.id).toBe('flanking');
		expect(walkTree(ex, ['maybe']).steps).toEqual([]);
		expect(answerAt(['yes', 'no'], 0, 'no')).toEqual(['no']);
	});

	it('gives full credit for the right end and up to half for right answers before going astray', () => {
		expect(gradeTree(ex, keyTreeAnswer(ex)).score).toBe(1);
		expect(gradeTree(ex, { walks: {} }).score).toBe(0);
		const r = gradeTree(ex, { walks: { s1: ['yes', 'no'], s2: ['yes', 'no'] } });
		expect(r.items.map((i) => i.score)).toEqual([0.25, 0]);
		expect(r.items[0]!.expected.en).toBe('Frontal');
	});

	it('reports a situation whose answers lead elsewhere, loops and unreachable ends', () => {
		const bad: FieldIssue[] = [];
		resolveTree(
			{
				...def,
				nodes: [...def.nodes.slice(0, 2), { id: 'hold', question: t('Hold?'), options: yesNo('reason', 'walk-away') }],
				situations: [{ ...def.situations[0]!, leaf: 'flanking' }]
			} as TreeDef,
			ctx,
			bad
		);
		expect(bad.map((i) => i.message)).toEqual([
			'the tree loops at reason',
			'defend cannot be reached from the root',
			'the answers lead to frontal, not flanking'
		]);
	});
});
