import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { gradeOrder, inOrderPositions, keyOrderAnswer } from '../../../src/lib/exercises/order/order.grade';
import type { OrderDef } from '../../../src/lib/exercises/order/order.def';
import { resolveOrder } from '../../../src/lib/exercises/order/order.resolve';
import type { ResolvedOrder } from '../../../src/lib/exercises/order/order.types';
import { moveStep, orderView, placeStep, toggleMark, unplaceStep } from '../../../src/lib/exercises/order/order.view';
import { base, realContext, t } from './fixtures';

const item = (id: string, rank: number, mark = false) => ({
	id,
	text: t(id),
	rank,
	mark,
	slot: t(`Step ${rank}`),
	explanation: t(`why ${id}`)
});
const five: ResolvedOrder = {
	...base('o'),
	type: 'order',
	items: ['a', 'b', 'c', 'd', 'e'].map((id, i) => item(id, i + 1))
};

describe('inOrderPositions', () => {
	it('keeps the longest run whose ranks never go down', () => {
		expect([...inOrderPositions([1, 2, 3, 4])]).toHaveLength(4);
		expect([...inOrderPositions([5, 1, 2, 3, 4])].sort()).toEqual([1, 2, 3, 4]);
		expect([...inOrderPositions([2, 1])]).toHaveLength(1);
		expect([...inOrderPositions([1, 1, 2, 2])]).toHaveLength(4);
	});
});

describe('gradeOrder', () => {
	it('scores the key 100 % and an empty sequence 0', () => {
		expect(gradeOrder(five, keyOrderAnswer(five)).score).toBe(1);
		const empty = gradeOrder(five, { sequence: [], marks: [] });
		expect(empty.score).toBe(0);
		expect(empty.items.every((i) => i.verdict === 'missing')).toBe(true);
	});

	it('costs one step, not all that follow, when one step is moved to the front', () => {
		const result = gradeOrder(five, { sequence: ['e', 'a', 'b', 'c', 'd'], marks: [] });
		expect(result.score).toBeCloseTo(4 / 5);
		expect(result.items.find((i) => i.id === 'e')?.verdict).toBe('wrong');
	});

	it('scores unplaced steps as missing and ignores unknown or repeated ids', () => {
		const result = gradeOrder(five, { sequence: ['a', 'zzz', 'b', 'a'], marks: [] });
		expect(result.score).toBeCloseTo(2 / 5);
		expect(result.items.find((i) => i.id === 'c')?.verdict).toBe('missing');
	});

	it('lets steps of equal rank come in either order', () => {
		const ties: ResolvedOrder = { ...five, items: [item('a', 1), item('b', 1), item('c', 2)] };
		expect(gradeOrder(ties, { sequence: ['b', 'a', 'c'], marks: [] }).score).toBe(1);
	});

	it('with marks, counts order and mark half each', () => {
		const marked: ResolvedOrder = { ...five, items: [item('a', 1, true), item('b', 2)], markLabel: t('go/no-go') };
		const result = gradeOrder(marked, { sequence: ['a', 'b'], marks: ['b'] });
		expect(result.items.map((i) => i.score)).toEqual([0.5, 0.5]);
		expect(result.items[0]!.expected.en).toBe('Step 1 · go/no-go');
	});
});

describe('order view', () => {
	it('places, moves, unplaces and marks steps without touching the others', () => {
		let answer = { sequence: [] as string[], marks: [] as string[] };
		answer = placeStep(placeStep(placeStep(answer, 'a'), 'b'), 'c');
		expect(placeStep(answer, 'a')).toBe(answer);
		answer = moveStep(answer, 'c', -1);
		expect(answer.sequence).toEqual(['a', 'c', 'b']);
		expect(moveStep(answer, 'a', -1)).toBe(answer);
		answer = toggleMark(answer, 'c');
		expect(answer.marks).toEqual(['c']);
		answer = unplaceStep(answer, 'c');
		expect(answer).toEqual({ sequence: ['a', 'b'], marks: [] });
	});

	it('shows unplaced steps shuffled by the seed and placed steps in the learner order', () => {
		const view = orderView(five, { sequence: ['c', 'a'], marks: [] }, 3);
		expect(view.sequence.map((i) => i.id)).toEqual(['c', 'a']);
		expect(view.pool.map((i) => i.id).sort()).toEqual(['b', 'd', 'e']);
		expect(orderView(five, { sequence: [], marks: [] }, 3).pool).toEqual(
			orderView(five, { sequence: [], marks: [] }, 3).pool
		);
	});
});

describe('resolveOrder', () => {
	const ctx = realContext();
	const resolve = (def: Partial<OrderDef>) => {
		const issues: FieldIssue[] = [];
		const ex = resolveOrder({ ...base('o'), type: 'order', ...def } as OrderDef, ctx, issues);
		return { ex, issues };
	};

	it('ranks 9-block questions by the method order for creation and for reengineering', () => {
		const items = (['C1', 'R1', 'C3'] as const).map((cell) => ({
			id: cell.toLowerCase(),
			text: t(cell),
			cell,
			explanation: t('x')
		}));
		const creation = resolve({ sequence: 'creation', items });
		expect(creation.issues).toEqual([]);
		expect(creation.ex.items.map((i) => i.id)).toEqual(['r1', 'c1', 'c3']);
		const reengineering = resolve({ sequence: 'reengineering', items });
		expect(reengineering.ex.items.map((i) => i.id)).toEqual(['c1', 'r1', 'c3']);
		expect(reengineering.ex.items[0]!.slot.en).toBe('Step 1: C1, Visualise capabilities, open questions');
	});

	it('builds the evaluation plan from the case, same-week events tied and starred events marked', () => {
		const explanations = Object.fromEntries(ctx.cases.get('homebody')!.evaluationPlan.map((e) => [e.id, t(e.id)]));
		const { ex, issues } = resolve({
			source: 'evaluation-plan',
			case: 'homebody',
			markLabel: t('go/no-go'),
			explanations
		});
		expect(issues).toEqual([]);
		expect(ex.items).toHaveLength(15);
		const rank = (id: string) => ex.items.find((i) => i.id === id)!.rank;
		expect(rank('interview-makit')).toBe(rank('interview-notetaker'));
		expect(rank('review-updown')).toBeLessThan(rank('present-goto'));
		expect(ex.items.filter((i) => i.mark).map((i) => i.id)).toEqual([
			'review-updown',
			'present-goto',
			'blueprint',
			'finalise',
			'legal',
			'draft-review',
			'approval-review'
		]);
	});

	it('asks for an explanation of every event and a mark label', () => {
		const { issues } = resolve({ source: 'evaluation-plan', case: 'homebody', explanations: { kickoff: t('x') } });
		expect(issues.map((i) => i.field)).toContain('markLabel');
		expect(issues.filter((i) => i.message === 'every event needs an explanation')).toHaveLength(14);
	});
});
