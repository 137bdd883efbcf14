/** What a key does in the presenter and audience windows. */
export type PresentKeyAction =
	'next' | 'previous' | 'first' | 'last' | 'blank' | 'timer' | 'fullscreen' | 'help' | 'scroll-down' | 'scroll-up';

/** The keys of each action, as `KeyboardEvent.key` values, for the help list and the handler. */
export const PRESENT_KEYS: readonly { action: PresentKeyAction; keys: readonly string[] }[] = [
	{ action: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '] },
	{ action: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'PageUp'] },
	{ action: 'first', keys: ['Home'] },
	{ action: 'last', keys: ['End'] },
	{ action: 'blank', keys: ['b', 'B', '.'] },
	{ action: 'timer', keys: ['t', 'T'] },
	{ action: 'fullscreen', keys: ['f', 'F'] },
	{ action: 'help', keys: ['?'] }
];

/** The parts of a key event the map looks at. */
export interface KeyLike {
	/** The key pressed. */
	key: string;
	/** Modifier keys held. */
	ctrlKey: boolean;
	/** Modifier keys held. */
	metaKey: boolean;
	/** Modifier keys held. */
	altKey: boolean;
	/** Shift held: with the up and down arrows, it scrolls a slide longer than the screen. */
	shiftKey?: boolean;
	/** Whether focus is in a place that takes typing or its own keys (a field, a button for Space). */
	inField: boolean;
}

/**
 * The action of a key press, or undefined when the key is not a presenter key, a modifier is held,
 * or focus is in a field (typing a team name must not move the slides). Pure.
 */
export function actionForKey(event: KeyLike): PresentKeyAction | undefined {
	if (event.ctrlKey || event.metaKey || event.altKey || event.inField) return undefined;
	if (event.shiftKey && event.key === 'ArrowDown') return 'scroll-down';
	if (event.shiftKey && event.key === 'ArrowUp') return 'scroll-up';
	return PRESENT_KEYS.find((entry) => entry.keys.includes(event.key))?.action;
}

/**
 * Whether the focused element uses the key itself: text fields, selects and editable text take
 * every key; radios take arrows and Space; checkboxes, buttons and links take Space (and Enter).
 */
export function takesKeys(target: EventTarget | null, key: string): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const element = target as Element;
	if (element.closest('textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
	const input = element.closest('input');
	if (input) {
		if (input.type === 'radio') return key === ' ' || key.startsWith('Arrow');
		if (['checkbox', 'button', 'submit', 'reset'].includes(input.type)) return key === ' ' || key === 'Enter';
		return true;
	}
	if (key === ' ' || key === 'Enter') return !!element.closest('button, a, summary, [role="button"]');
	return false;
}
