import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ChainExercise from '$lib/components/exercises/ChainExercise.svelte';
import ChoiceChips from '$lib/components/exercises/ChoiceChips.svelte';
import ClassifyExercise from '$lib/components/exercises/ClassifyExercise.svelte';
import ComputeExercise from '$lib/components/exercises/ComputeExercise.svelte';
import ItemVerdict from '$lib/components/exercises/ItemVerdict.svelte';
import OrderExercise from '$lib/components/exercises/OrderExercise.svelte';
import TreeExercise from '$lib/components/exercises/TreeExercise.svelte';
import { gradeClassify } from '$lib/exercises/classify/classify.grade';
import type { ResolvedChain } from '$lib/exercises/chain/chain.types';
import type { ResolvedClassify } from '$lib/exercises/classify/classify.types';
import type { ResolvedCompute } from '$lib/exercises/compute/compute.types';
import type { ResolvedOrder } from '$lib/exercises/order/order.types';
import type { ResolvedTree } from '$lib/exercises/tree/tree.types';
import { createRawSnippet } from 'svelte';

// jsdom has no matchMedia; the layouts ask it whether the screen is wide. Here it is narrow.
window.matchMedia ??= (query: string) =>
	({
		matches: false,
		media: query,
		onchange: null,
		addEventListener: () => {},
		removeEventListener: () => {},
		addListener: () => {},
		removeListener: () => {},
		dispatchEvent: () => false
	}) as MediaQueryList;

const t = (en: string, zh = `${en}（中）`) => ({ en, zh });
const base = { order: 1, title: t('Title'), instructions: t('Do it') };
const legend = createRawSnippet(() => ({ render: () => '<span>Pick one</span>' }));
const inputs = (c: HTMLElement, type = 'radio') => [...c.querySelectorAll<HTMLInputElement>(`input[type=${type}]`)];

const classify: ResolvedClassify = {
	...base,
	id: 'sort',
	type: 'classify',
	categories: [
		{ id: 'yes', text: t('Yes') },
		{ id: 'no', text: t('No') }
	],
	items: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({
		id,
		text: t(`Statement ${id}`),
		category: i % 2 ? 'no' : 'yes',
		partial: [],
		explanation: t(`Because of ${id}.`)
	}))
};

describe('ChoiceChips', () => {
	const options = [
		{ id: 'a', text: t('Alpha') },
		{ id: 'b', text: t('Beta') }
	];

	it('is a labelled group of radio buttons that reports the choice', async () => {
		const onchange = vi.fn();
		const { container, getByRole } = render(ChoiceChips, { name: 'g', options, onchange, legend });
		expect(getByRole('group', { name: /Pick one/ })).toBeTruthy();
		expect(inputs(container)).toHaveLength(2);
		await fireEvent.click(getByRole('radio', { name: 'Beta Beta（中）' }));
		expect(onchange).toHaveBeenCalledWith(['b']);
	});

	it('with several answers, adds and removes check boxes', async () => {
		const onchange = vi.fn();
		const { container } = render(ChoiceChips, {
			name: 'g',
			options,
			selected: ['a'],
			multiple: true,
			onchange,
			legend
		});
		const [a, b] = inputs(container, 'checkbox');
		await fireEvent.click(b!);
		expect(onchange).toHaveBeenLastCalledWith(['a', 'b']);
		await fireEvent.click(a!);
		expect(onchange).toHaveBeenLastCalledWith([]);
	});

	it('once checked, is read-only and marks the right answer and a wrong choice in words', () => {
		const { container } = render(ChoiceChips, {
			name: 'g',
			options,
			selected: ['a'],
			key: ['b'],
			onchange: vi.fn(),
			legend
		});
		expect(inputs(container).every((i) => i.disabled)).toBe(true);
		const [alpha, beta] = [...container.querySelectorAll('label')];
		expect(alpha!.classList.contains('wrong')).toBe(true);
		expect(alpha!.textContent).toContain('your answer');
		expect(beta!.textContent).toContain('right answer');
	});
});

describe('ItemVerdict', () => {
	it('shows a partial score, the right answer and the reason', () => {
		const { container } = render(ItemVerdict, {
			result: { id: 'x', score: 0.5, verdict: 'partial', expected: t('Revenue'), explanation: t('Loyalty is revenue.') }
		});
		expect(container.querySelector('[data-l="en"]')?.textContent).toBe('Partly right (50%)');
		expect(container.textContent).toContain('Revenue');
		expect(container.textContent).toContain('Loyalty is revenue.');
	});

	it('does not repeat the answer when it was right', () => {
		const { container } = render(ItemVerdict, {
			result: { id: 'x', score: 1, verdict: 'correct', expected: t('Revenue'), explanation: t('Loyalty is revenue.') }
		});
		expect(container.querySelector('.expected')).toBeNull();
	});
});

describe('ClassifyExercise', () => {
	const order = (seed: number) => {
		const { container, unmount } = render(ClassifyExercise, {
			exercise: classify,
			answer: { choices: {} },
			seed,
			onchange: vi.fn()
		});
		const names = inputs(container)
			.filter((i) => i.value === 'yes')
			.map((i) => i.name);
		unmount();
		return names;
	};

	it('shuffles the statements per attempt', () => {
		expect(order(1)).toHaveLength(6);
		expect(order(1)).toEqual(order(1));
		expect([order(1), order(2), order(3)].some((o) => o.join() !== order(1).join())).toBe(true);
	});

	it('reports each choice as a new answer and shows a verdict per item once checked', async () => {
		const onchange = vi.fn();
		const answer = { choices: { a: 'no' } };
		const { container, rerender } = render(ClassifyExercise, { exercise: classify, answer, seed: 1, onchange });
		await fireEvent.click(container.querySelector<HTMLInputElement>('input[name="sort-b"][value="no"]')!);
		expect(onchange).toHaveBeenCalledWith({ choices: { a: 'no', b: 'no' } });
		expect(answer).toEqual({ choices: { a: 'no' } });
		await rerender({ result: gradeClassify(classify, answer) });
		expect(container.querySelectorAll('[data-verdict]')).toHaveLength(6);
		expect(container.querySelectorAll('[data-verdict="wrong"]')).toHaveLength(1);
		expect(container.querySelectorAll('[data-verdict="missing"]')).toHaveLength(5);
	});
});

describe('OrderExercise', () => {
	const ex: ResolvedOrder = {
		...base,
		id: 'steps',
		type: 'order',
		items: ['one', 'two', 'three'].map((id, i) => ({
			id,
			text: t(id),
			rank: i + 1,
			mark: false,
			slot: t(`Step ${i + 1}`),
			explanation: t('x')
		}))
	};

	it('places a step from the pool with its button', async () => {
		const onchange = vi.fn();
		const { getByRole } = render(OrderExercise, {
			exercise: ex,
			answer: { sequence: [], marks: [] },
			seed: 1,
			onchange
		});
		await fireEvent.click(getByRole('button', { name: 'Place next: two' }));
		expect(onchange).toHaveBeenCalledWith({ sequence: ['two'], marks: [] });
	});

	it('moves and takes out placed steps, with no way up from the top', async () => {
		const onchange = vi.fn();
		const { getByRole, queryByRole } = render(OrderExercise, {
			exercise: ex,
			answer: { sequence: ['two', 'one'], marks: [] },
			seed: 1,
			onchange
		});
		expect((getByRole('button', { name: 'Move up: two' }) as HTMLButtonElement).disabled).toBe(true);
		await fireEvent.click(getByRole('button', { name: 'Move up: one' }));
		expect(onchange).toHaveBeenLastCalledWith({ sequence: ['one', 'two'], marks: [] });
		await fireEvent.click(getByRole('button', { name: 'Take out: two' }));
		expect(onchange).toHaveBeenLastCalledWith({ sequence: ['one'], marks: [] });
		expect(queryByRole('button', { name: 'Place next: one' })).toBeNull();
	});
});

describe('TreeExercise', () => {
	const ex: ResolvedTree = {
		...base,
		id: 'walk',
		type: 'tree',
		root: 'q1',
		nodes: [
			{
				id: 'q1',
				question: t('Can they buy?'),
				options: [
					{ id: 'yes', label: t('Yes'), next: 'plan' },
					{ id: 'no', label: t('No'), next: 'ask' }
				]
			}
		],
		leaves: [
			{ id: 'plan', name: t('Draft the plan') },
			{ id: 'ask', name: t('Ask for an introduction') }
		],
		situations: [{ id: 's1', text: t('Situation one'), path: ['no'], leaf: 'ask', explanation: t('x') }]
	};

	it('asks one question at a time and shows where the answers lead', async () => {
		const onchange = vi.fn();
		const { getByRole, rerender, container } = render(TreeExercise, {
			exercise: ex,
			answer: { walks: {} },
			seed: 1,
			onchange
		});
		expect(getByRole('group', { name: /Can they buy\?/ })).toBeTruthy();
		await fireEvent.click(getByRole('button', { name: 'No No（中）' }));
		expect(onchange).toHaveBeenCalledWith({ walks: { s1: ['no'] } });
		await rerender({ answer: { walks: { s1: ['no'] } } });
		expect(container.textContent).toContain('Ask for an introduction');
		await fireEvent.click(getByRole('button', { name: 'Change this answer: Can they buy?' }));
		expect(onchange).toHaveBeenLastCalledWith({ walks: { s1: [] } });
	});
});

describe('ComputeExercise', () => {
	const ex: ResolvedCompute = {
		...base,
		id: 'sum',
		type: 'compute',
		tables: [
			{
				id: 'money',
				caption: t('Money'),
				head: [t('Item'), t('US$ k')],
				rows: [
					{ label: t('Hardware'), cells: [{ kind: 'number', value: 600, unit: 'usd-k', decimals: 0 }] },
					{ label: t('Total'), cells: [{ kind: 'field', field: 'total' }] }
				]
			}
		],
		fields: [
			{
				kind: 'number',
				id: 'total',
				label: t('Total'),
				unit: 'usd-k',
				answer: 600,
				tolerance: 0,
				decimals: 0,
				explanation: t('x')
			},
			{
				kind: 'number',
				id: 'double',
				label: t('Twice the total'),
				unit: 'usd-k',
				answer: 1200,
				tolerance: 0,
				decimals: 0,
				explanation: t('y')
			}
		]
	};

	it('fills table cells and listed fields as typed text', async () => {
		const onchange = vi.fn();
		const { getByRole, getByLabelText } = render(ComputeExercise, {
			exercise: ex,
			answer: { values: {} },
			seed: 1,
			onchange
		});
		expect(getByRole('table', { name: /Money/ }).textContent).toContain('600');
		await fireEvent.input(getByRole('textbox', { name: 'Total' }), { target: { value: '600' } });
		expect(onchange).toHaveBeenLastCalledWith({ values: { total: '600' } });
		expect(getByLabelText(/Twice the total/)).toBeTruthy();
	});
});

describe('ChainExercise', () => {
	const people = ['ceo', 'cfo', 'coo', 'vp', 'cio'];
	const ex: ResolvedChain = {
		...base,
		id: 'chain',
		type: 'chain',
		fields: [
			{
				id: 'feeds',
				name: t('Explains the pain of'),
				options: [...people.map((id) => ({ id, text: t(id.toUpperCase()) })), { id: 'top', text: t('No one') }],
				scale: false,
				link: true
			}
		],
		nodes: people.map((id, i) => ({
			id,
			label: t(id.toUpperCase()),
			key: { feeds: people[i - 1] ?? 'top' },
			explanation: t('x')
		}))
	};
	const headings = (seed: number) => {
		const { container, unmount } = render(ChainExercise, {
			exercise: ex,
			answer: { choices: {} },
			seed,
			onchange: vi.fn()
		});
		const order = [...container.querySelectorAll('.nodes h2 [data-l="en"]')].map((h) => h.textContent);
		const options = [...container.querySelectorAll<HTMLInputElement>('input[name="chain-ceo-feeds"]')].map(
			(i) => i.value
		);
		unmount();
		return { order, options };
	};

	it('shuffles the people and the links per attempt, so that their order does not spell out the chain', () => {
		const seeds = [1, 2, 3, 4].map(headings);
		expect(new Set(seeds.map((s) => s.order.join())).size).toBeGreaterThan(1);
		expect(new Set(seeds.map((s) => s.options.join())).size).toBeGreaterThan(1);
		for (const s of seeds) {
			expect(s.order.sort()).toEqual(['CEO', 'CFO', 'CIO', 'COO', 'VP']);
			expect(s.options.at(-1)).toBe('top');
			expect(s.options).not.toContain('ceo');
		}
	});

	it('draws the chain as the learner links it', () => {
		const { container } = render(ChainExercise, {
			exercise: ex,
			answer: { choices: { cfo: { feeds: 'ceo' }, ceo: { feeds: 'top' } } },
			seed: 1,
			onchange: vi.fn()
		});
		const top = container.querySelector('.branches > li');
		expect(top?.querySelector('.branch-node [data-l="en"]')?.textContent).toBe('CEO');
		expect(top?.querySelector('.branches .branches .branch-node [data-l="en"]')?.textContent).toBe('CFO');
	});
});
