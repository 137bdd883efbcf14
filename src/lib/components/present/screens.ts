import type { Component } from 'svelte';
import * as m from '$lib/paraglide/messages';
import type { ScreenKind, ScreenOf } from '$lib/classroom/screens';
import type { TimerState } from '$lib/classroom/timer';

/** What every screen component is given. */
export interface ScreenProps<K extends ScreenKind> {
	/** The screen to draw. */
	screen: ScreenOf<K>;
	/** The exercise timer, for screens that show it. */
	timer: TimerState;
	/** Drawn small in the presenter window rather than on the projector. */
	preview: boolean;
}

type Loader<K extends ScreenKind> = () => Promise<{ default: Component<ScreenProps<K>> }>;

/**
 * The component that draws each kind of screen, loaded on first use. The type makes a new screen
 * kind in `SCREEN_SCHEMAS` a compile error until its component is registered here.
 */
export const SCREEN_COMPONENTS: { [K in ScreenKind]: Loader<K> } = {
	idle: () => import('./screens/IdleScreen.svelte'),
	slide: () => import('./screens/SlideScreen.svelte'),
	timer: () => import('./screens/TimerScreen.svelte'),
	roles: () => import('./screens/RolesScreen.svelte'),
	'sam-tim-brief': () => import('./screens/SamTimBriefScreen.svelte'),
	'sam-tim-debrief': () => import('./screens/SamTimDebriefScreen.svelte'),
	roleplay: () => import('./screens/RoleplayScreen.svelte')
};

/** What the presenter's status line calls each kind of screen ("On the projector: …"). */
export const SCREEN_LABELS: { [K in ScreenKind]: (inputs?: object, options?: { locale?: 'en' | 'zh' }) => string } = {
	idle: m.cl_screen_idle,
	slide: m.cl_screen_slide,
	timer: m.cl_screen_timer,
	roles: m.cl_screen_roles,
	'sam-tim-brief': m.cl_screen_brief,
	'sam-tim-debrief': m.cl_screen_debrief,
	roleplay: m.cl_live_screen
};
