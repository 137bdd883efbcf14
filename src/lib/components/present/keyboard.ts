import { actionForKey, takesKeys, type PresentKeyAction } from '$lib/classroom/keys';

/** The presenter action of a key event, or undefined when the key belongs to a field or is not a presenter key. */
export function presentAction(event: KeyboardEvent): PresentKeyAction | undefined {
	if (event.defaultPrevented || event.repeat) return undefined;
	return actionForKey({
		key: event.key,
		ctrlKey: event.ctrlKey,
		metaKey: event.metaKey,
		altKey: event.altKey,
		shiftKey: event.shiftKey,
		inField: takesKeys(event.target, event.key) || !!document.querySelector('dialog[open]')
	});
}

/** Turns full screen on or off for this window. */
export function toggleFullscreen(): void {
	if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
	else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
