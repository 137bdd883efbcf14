import { createActor, type ActorRefFrom } from 'xstate';
import type { Deck } from '$lib/classroom/deck';
import { PresentLink } from '$lib/classroom/present-link';
import type { AudienceCommand, AudienceState } from '$lib/classroom/present-protocol';
import { EMPTY_SESSION, PRESENT_SESSION_ID, presentSessionKind, type PresentSession } from '$lib/classroom/records';
import { readScreen, type Screen } from '$lib/classroom/screens';
import { DEFAULT_TIMER, type TimerState } from '$lib/classroom/timer';
import { presenterMachine, type PresenterContext, type PresenterEvent } from '$lib/machines/presenter.machine';
import { timerMachine, timerStateOf, type TimerEvent } from '$lib/machines/timer.machine';
import { app } from '../app.svelte';
import { playCue } from '../sound';
import { loadDeck, rememberDeck } from './deck-cache';

const TICK_MS = 250;
const FLASH_MS = 4_000;

/**
 * The presenter window's state: owns the presenter and timer machines, saves the session, and
 * tells audience windows every change over the presenter channel. One per window, kept across
 * page changes, so that the deck, the team pages and the role-play page all drive one audience.
 */
class PresenterController {
	/** The presenter machine's context, once started. */
	context = $state.raw<PresenterContext | undefined>(undefined);
	/** The exercise timer. */
	timer = $state.raw<TimerState>(DEFAULT_TIMER);
	/** Whether the current slide has a next / previous one. */
	canNext = $state(false);
	/** Whether the current slide has a previous one. */
	canPrevious = $state(false);
	/** True for a few seconds after the timer ran out: the screens flash. */
	flash = $state(false);
	/** Whether the controller has started. */
	ready = $state(false);
	/** An audience window said its screen has more below than it shows. */
	audienceMore = $state(false);

	#presenter: ActorRefFrom<typeof presenterMachine> | undefined;
	#timer: ActorRefFrom<typeof timerMachine> | undefined;
	#link: PresentLink | undefined;
	#started: Promise<void> | undefined;
	#flashHandle: ReturnType<typeof setTimeout> | undefined;
	#lastKey = '';
	#commandHandler: ((command: AudienceCommand) => boolean) | undefined;

	/** Starts the controller (once): restores the saved session and joins the channel. */
	start(known?: Deck): Promise<void> {
		if (known) rememberDeck(known);
		this.#started ??= this.#start();
		return this.#started;
	}

	async #start(): Promise<void> {
		const store = await app.start();
		const saved: PresentSession = store.get(presentSessionKind, PRESENT_SESSION_ID) ?? EMPTY_SESSION;
		let slides: string[] = [];
		if (saved.deck) {
			const deck = await loadDeck(saved.deck).catch(() => undefined);
			slides = deck?.slides.map((s) => s.id) ?? [];
		}
		this.#presenter = createActor(presenterMachine, {
			input: { deck: saved.deck, slides, slide: saved.slide, screen: readScreen(saved.screen), blank: saved.blank }
		});
		this.#timer = createActor(timerMachine.provide({ actions: { announceFinish: () => this.#announceFinish() } }), {
			input: saved.timer
		});
		this.#presenter.subscribe(() => this.#changed());
		this.#timer.subscribe(() => this.#changed());
		this.#presenter.start();
		this.#timer.start();
		this.#link = new PresentLink();
		this.#link.subscribe((message) => {
			if (message.type === 'hello') this.#broadcast();
			else if (message.type === 'command') this.command(message.command);
			else if (message.type === 'overflow') this.audienceMore = message.more;
		});
		setInterval(() => {
			if (this.timer.status === 'running') this.#timer?.send({ type: 'timer.tick', now: Date.now() });
		}, TICK_MS);
		addEventListener('pagehide', () => this.#link?.send({ type: 'closed' }));
		this.ready = true;
		this.#changed(false);
	}

	#changed(save = true): void {
		if (!this.#presenter || !this.#timer) return;
		const snapshot = this.#presenter.getSnapshot();
		const timer = timerStateOf(this.#timer.getSnapshot());
		// A timer tick that changes nothing is neither sent nor saved.
		const key = JSON.stringify([
			snapshot.context.slide,
			snapshot.context.deck,
			snapshot.context.screen,
			snapshot.context.blank,
			timer
		]);
		if (save && key === this.#lastKey) return;
		this.#lastKey = key;
		this.context = snapshot.context;
		this.canNext = snapshot.can({ type: 'slide.next' });
		this.canPrevious = snapshot.can({ type: 'slide.previous' });
		this.timer = timer;
		this.#broadcast();
		if (save) this.#scheduleSave();
	}

	/** What the audience windows draw. */
	get audienceState(): AudienceState | undefined {
		const context = this.context;
		return context && { screen: context.screen, blank: context.blank, timer: this.timer };
	}

	#broadcast(): void {
		const state = this.audienceState;
		if (state) this.#link?.send({ type: 'state', state: $state.snapshot(state) as AudienceState });
	}

	#scheduleSave(): void {
		// Saved at once: changes come from clicks and keys (timer ticks change nothing until the
		// end), and a presenter that navigates away right after a change must not lose it.
		void this.#save();
	}

	async #save(): Promise<void> {
		const context = this.context;
		if (!context) return;
		const store = await app.start();
		const session: PresentSession = {
			deck: context.deck,
			slide: context.slide,
			screen: context.screen,
			blank: context.blank,
			timer: this.timer
		};
		await store.put(presentSessionKind, PRESENT_SESSION_ID, $state.snapshot(session) as PresentSession);
	}

	#announceFinish(): void {
		void playCue('chime');
		this.flash = true;
		clearTimeout(this.#flashHandle);
		this.#flashHandle = setTimeout(() => (this.flash = false), FLASH_MS);
	}

	/** Opens a deck; reopening the deck already open keeps the current slide and screen. */
	openDeck(deck: Deck): void {
		rememberDeck(deck);
		const slides = deck.slides.map((s) => s.id);
		const context = this.context;
		if (context?.deck === deck.id && context.slides.join('|') === slides.join('|')) return;
		this.send({
			type: 'deck.open',
			deck: deck.id,
			slides,
			slide: context?.deck === deck.id ? (context.slide ?? undefined) : undefined
		});
	}

	/** Sends an event to the presenter machine. */
	send(event: PresenterEvent): void {
		this.#presenter?.send(event);
	}

	/** Sends an event to the timer. */
	timerSend(event: TimerEvent): void {
		this.#timer?.send(event);
	}

	/** Scrolls the audience screen, for a slide longer than the screen. */
	scroll(direction: 'down' | 'up'): void {
		this.#link?.send({ type: 'scroll', direction });
	}

	/** Shows a screen in the audience windows. */
	show(screen: Screen): void {
		this.send({ type: 'screen.show', screen });
	}

	/**
	 * Lets a page take the presenter keys while it drives the projector (a live role-play, say):
	 * the handler returns true for a command it has handled, which then does not move the slides.
	 * Returns the function that gives the keys back.
	 */
	takeCommands(handler: (command: AudienceCommand) => boolean): () => void {
		this.#commandHandler = handler;
		return () => {
			if (this.#commandHandler === handler) this.#commandHandler = undefined;
		};
	}

	/** Carries out a command from a key, here or in an audience window. */
	command(command: AudienceCommand): void {
		if (this.#commandHandler?.(command)) return;
		const now = Date.now();
		switch (command) {
			case 'next':
				return this.send({ type: 'slide.next' });
			case 'previous':
				return this.send({ type: 'slide.previous' });
			case 'first':
				return this.send({ type: 'slide.first' });
			case 'last':
				return this.send({ type: 'slide.last' });
			case 'blank':
				return this.send({ type: 'blank.toggle' });
			case 'timer':
				return this.timerSend({ type: 'timer.toggle', now });
		}
	}
}

/** The presenter of this window. */
export const presenter = new PresenterController();
