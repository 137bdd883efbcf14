import { assign, setup } from 'xstate';
import type { Screen } from '../classroom/screens';

/** The presenter's context: the open deck, the current slide, what the audience shows, blanking. */
export interface PresenterContext {
	/** The module whose deck is open. */
	deck: string | null;
	/** The deck's slide ids, in order. */
	slides: string[];
	/** The current slide. */
	slide: string | null;
	/** What the audience window shows. */
	screen: Screen;
	/** Whether the audience screen is blanked. */
	blank: boolean;
}

/** What a presenter restores from: a saved session, with the deck's slides if a deck is open. */
export interface PresenterInput {
	/** The saved deck, slide, screen and blanking. */
	deck?: string | null;
	/** The deck's slide ids, in order. */
	slides?: string[];
	/** The saved slide. */
	slide?: string | null;
	/** The saved screen. */
	screen?: Screen;
	/** Whether the screen was blanked. */
	blank?: boolean;
}

/** Events the presenter takes. */
export type PresenterEvent =
	| { type: 'deck.open'; deck: string; slides: string[]; slide?: string }
	| { type: 'slide.next' }
	| { type: 'slide.previous' }
	| { type: 'slide.first' }
	| { type: 'slide.last' }
	| { type: 'slide.goto'; slide: string }
	| { type: 'screen.show'; screen: Screen }
	| { type: 'screen.slide' }
	| { type: 'blank.toggle' }
	| { type: 'blank.set'; blank: boolean };

const slideScreen = (deck: string | null, slide: string | null): Screen =>
	deck && slide ? { kind: 'slide', deck, slide } : { kind: 'idle' };

const indexOf = (context: PresenterContext) => (context.slide ? context.slides.indexOf(context.slide) : -1);

/**
 * The presenter window's state: which deck and slide are current and what the audience window
 * shows. Moving through the deck shows the slide; other screens (team roles, the timer, a debrief)
 * are shown on demand and leave the current slide where it is.
 */
export const presenterMachine = setup({
	types: {
		context: {} as PresenterContext,
		events: {} as PresenterEvent,
		input: {} as PresenterInput | undefined
	},
	guards: {
		hasDeck: ({ context }) => context.deck !== null && context.slides.length > 0,
		hasNext: ({ context }) => indexOf(context) < context.slides.length - 1,
		hasPrevious: ({ context }) => indexOf(context) > 0,
		isInDeck: ({ context, event }) => event.type === 'slide.goto' && context.slides.includes(event.slide),
		isNotFirst: ({ context }) => context.slides.length > 0 && context.slide !== context.slides[0],
		isNotLast: ({ context }) => context.slides.length > 0 && context.slide !== context.slides[context.slides.length - 1]
	},
	actions: {
		openDeck: assign(({ event }) => {
			if (event.type !== 'deck.open') return {};
			const slide = event.slide && event.slides.includes(event.slide) ? event.slide : (event.slides[0] ?? null);
			return { deck: event.deck, slides: event.slides, slide, screen: slideScreen(event.deck, slide) };
		}),
		goNext: assign(({ context }) => {
			const slide = context.slides[indexOf(context) + 1]!;
			return { slide, screen: slideScreen(context.deck, slide) };
		}),
		goPrevious: assign(({ context }) => {
			const slide = context.slides[indexOf(context) - 1]!;
			return { slide, screen: slideScreen(context.deck, slide) };
		}),
		goFirst: assign(({ context }) => ({
			slide: context.slides[0]!,
			screen: slideScreen(context.deck, context.slides[0]!)
		})),
		goLast: assign(({ context }) => {
			const slide = context.slides[context.slides.length - 1]!;
			return { slide, screen: slideScreen(context.deck, slide) };
		}),
		goTo: assign(({ context, event }) =>
			event.type === 'slide.goto' ? { slide: event.slide, screen: slideScreen(context.deck, event.slide) } : {}
		),
		showScreen: assign(({ event }) => (event.type === 'screen.show' ? { screen: event.screen } : {})),
		showSlide: assign(({ context }) => ({ screen: slideScreen(context.deck, context.slide) })),
		toggleBlank: assign(({ context }) => ({ blank: !context.blank })),
		setBlank: assign(({ event }) => (event.type === 'blank.set' ? { blank: event.blank } : {}))
	}
}).createMachine({
	id: 'presenter',
	context: ({ input }) => {
		const slides = input?.slides ?? [];
		const deck = input?.deck && slides.length ? input.deck : null;
		const slide = deck && input?.slide && slides.includes(input.slide) ? input.slide : deck ? slides[0]! : null;
		const saved = input?.screen;
		// A saved slide screen that no longer exists (the deck changed) falls back to the current slide.
		const screen =
			saved && !(saved.kind === 'slide' && (saved.deck !== deck || !slides.includes(saved.slide)))
				? saved
				: slideScreen(deck, slide);
		return { deck, slides: deck ? slides : [], slide, screen, blank: input?.blank ?? false };
	},
	initial: 'restoring',
	on: {
		'deck.open': { target: '.presenting', actions: 'openDeck' },
		'screen.show': { actions: 'showScreen' },
		'blank.toggle': { actions: 'toggleBlank' },
		'blank.set': { actions: 'setBlank' }
	},
	states: {
		restoring: {
			always: [{ target: 'presenting', guard: 'hasDeck' }, { target: 'idle' }]
		},
		idle: {},
		presenting: {
			on: {
				'slide.next': { guard: 'hasNext', actions: 'goNext' },
				'slide.previous': { guard: 'hasPrevious', actions: 'goPrevious' },
				'slide.first': { guard: 'isNotFirst', actions: 'goFirst' },
				'slide.last': { guard: 'isNotLast', actions: 'goLast' },
				'slide.goto': { guard: 'isInDeck', actions: 'goTo' },
				'screen.slide': { actions: 'showSlide' }
			}
		}
	}
});
