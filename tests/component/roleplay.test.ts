import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import Conversation from '$lib/components/roleplay/Conversation.svelte';
import Notepad from '$lib/components/roleplay/Notepad.svelte';
import TaskResultList from '$lib/components/roleplay/TaskResultList.svelte';
import { dialogueMachine } from '../../src/lib/machines/dialogue.machine';
import { toDialogueView } from '../../src/lib/roleplay/dialogue.view';
import { gradeSam } from '../../src/lib/roleplay/tasks';
import { scenario } from '../unit/roleplay/load';

const yoshi = scenario('scenarios/homebody/sam-tim.yaml');

function viewAfter(choices: string[], mode: 'coach' | 'assessment' = 'coach') {
	const actor = createActor(dialogueMachine, { input: { scenario: yoshi, mode, seed: 4 } }).start();
	actor.send({ type: 'meeting.start' });
	for (const choice of choices) actor.send({ type: 'choice.select', choice });
	// The view travels as plain data (to a projector's audience window, say): render from a copy.
	return JSON.parse(JSON.stringify(toDialogueView(actor.getSnapshot())));
}

describe('Conversation', () => {
	it('renders the log and the choices from a plain view object and emits the id of the choice clicked', async () => {
		const view = viewAfter(['open-purpose']);
		const onchoose = vi.fn();
		const { container, getByRole } = render(Conversation, { view, onchoose });
		const log = getByRole('log');
		expect(log.getAttribute('aria-live')).toBe('polite');
		expect(log.querySelectorAll('.line')).toHaveLength(3);
		const buttons = [...container.querySelectorAll<HTMLButtonElement>('[data-choice]')];
		expect(buttons.map((b) => b.dataset.choice)).toEqual(view.choices.map((c: { id: string }) => c.id));
		expect(buttons[0]!.querySelector('.key')?.textContent).toBe('1');
		await fireEvent.click(buttons[2]!);
		expect(onchoose).toHaveBeenCalledWith(view.choices[2].id);
	});

	it('answers the number keys 1 to 9, but not while typing in a field, and not when only watching', async () => {
		const view = viewAfter([]);
		const onchoose = vi.fn();
		const { unmount } = render(Conversation, { view, onchoose });
		await fireEvent.keyDown(window, { key: '2' });
		expect(onchoose).toHaveBeenLastCalledWith(view.choices[1].id);
		await fireEvent.keyDown(window, { key: '9' });
		expect(onchoose).toHaveBeenCalledTimes(1);
		const input = document.body.appendChild(document.createElement('input'));
		await fireEvent.keyDown(input, { key: '1' });
		expect(onchoose).toHaveBeenCalledTimes(1);
		input.remove();
		unmount();
		const watcher = vi.fn();
		render(Conversation, { view, onchoose: watcher, interactive: false });
		await fireEvent.keyDown(window, { key: '1' });
		expect(watcher).not.toHaveBeenCalled();
	});

	it('moves focus to the choices after each new step', async () => {
		const first = viewAfter([]);
		const { getByTestId, rerender } = render(Conversation, { view: first, onchoose: () => undefined });
		await rerender({ view: viewAfter(['open-purpose']), onchoose: () => undefined });
		await tick();
		expect(document.activeElement).toBe(getByTestId('choices'));
	});

	it('shows the coach, with the grade in words, only in coach mode', () => {
		const coach = render(Conversation, { view: viewAfter(['open-pitch']), onchoose: () => undefined });
		expect(coach.container.querySelector('.feedback')?.textContent).toContain('Poor');
		expect(coach.container.querySelector('.meters')).not.toBeNull();
		coach.unmount();
		const assessment = render(Conversation, {
			view: viewAfter(['open-pitch'], 'assessment'),
			onchoose: () => undefined
		});
		expect(assessment.container.querySelector('.feedback')).toBeNull();
		expect(assessment.container.querySelector('.meters')).toBeNull();
	});
});

describe('Notepad', () => {
	it('groups what was heard by initiative, with the desired result as its title', () => {
		const view = viewAfter(['open-purpose', 'dir-direction', 'dir-initiatives', 'ini-crm', 'crm-owner']);
		const { container } = render(Notepad, { notepad: view.notepad });
		const first = container.querySelector('.initiative')!;
		expect(first.querySelector('.result')?.textContent).toContain('Raise customer loyalty');
		expect([...first.querySelectorAll('li [data-l="en"]')].map((e) => e.textContent)).toEqual([
			'By putting customer-relationship-management (CRM) processes into use as soon as possible',
			'Owner: Sarah Updown, VP Sales & Marketing'
		]);
		expect(container.querySelectorAll('.initiative')).toHaveLength(4);
	});

	it('says when nothing has been noted yet', () => {
		const { container } = render(Notepad, { notepad: { general: [], initiatives: [] } });
		expect(container.textContent).toContain('Nothing noted yet.');
	});
});

describe('TaskResultList', () => {
	it('shows the score and every verdict in words with its reason', () => {
		const result = gradeSam(yoshi, { current: 'laggard', heading: 'leader' });
		const { container, getByRole } = render(TaskResultList, { result });
		expect(getByRole('status').textContent).toContain('1.5 of 2 points');
		const items = [...container.querySelectorAll('li')].map((li) => li.querySelector('[data-l="en"]')?.textContent);
		expect(items).toEqual(['Right', 'Partly right']);
		expect(container.textContent).toContain('You chose Industry leader; the key is Market dominator.');
	});
});
