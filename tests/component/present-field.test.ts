import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FieldInput from '$lib/components/boards/FieldInput.svelte';
import type { FieldDef } from '$lib/boards/board.types';

const text: FieldDef = { id: 'owner', kind: 'text', label: { en: 'Owner', zh: '负责人' } };

describe('a board field', () => {
	it('saves as it is typed, and once more when focus leaves', async () => {
		const onsave = vi.fn();
		const onleave = vi.fn();
		const { getByRole } = render(FieldInput, { field: text, value: undefined, id: 'f1', onsave, onleave });
		const input = getByRole('textbox') as HTMLInputElement;
		await fireEvent.input(input, { target: { value: 'Sarah' } });
		expect(onsave).toHaveBeenLastCalledWith('Sarah', true);
		await fireEvent.blur(input);
		expect(onleave).toHaveBeenCalledOnce();
	});

	it('keeps what is being typed when a save (or another window) changes the stored value', async () => {
		const { getByRole, rerender } = render(FieldInput, {
			field: text,
			value: 'old',
			id: 'f2',
			onsave: () => {},
			onleave: () => {}
		});
		const input = getByRole('textbox') as HTMLInputElement;
		expect(input.value).toBe('old');
		await fireEvent.focus(input);
		await fireEvent.input(input, { target: { value: 'Sarah Updown' } });
		await rerender({ value: 'Sarah' });
		expect(input.value).toBe('Sarah Updown');
		await fireEvent.blur(input);
		await rerender({ value: 'Sarah Updown, VP Sales' });
		expect(input.value).toBe('Sarah Updown, VP Sales');
	});

	it('offers every option of a choice, and a way back to not set', async () => {
		const onsave = vi.fn();
		const field: FieldDef = {
			id: 'focus',
			kind: 'choice',
			label: { en: 'Focus', zh: '关注点' },
			options: [
				{ id: 'revenue', label: { en: 'Revenue', zh: '收入' } },
				{ id: 'cost', label: { en: 'Cost', zh: '成本' } }
			]
		};
		const { getAllByRole } = render(FieldInput, { field, value: 'cost', id: 'f3', onsave, onleave: () => {} });
		const radios = getAllByRole('radio') as HTMLInputElement[];
		expect(radios.map((r) => r.value)).toEqual(['revenue', 'cost', '']);
		expect(radios[1]!.checked).toBe(true);
		await fireEvent.click(radios[2]!);
		expect(onsave).toHaveBeenLastCalledWith('', false);
	});
});
