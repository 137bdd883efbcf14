import type { Deck } from '$lib/classroom/deck';

const decks = new Map<string, Promise<Deck>>();

/** The address of a module's prerendered deck. */
export function deckUrl(moduleId: string): string {
	return `/present/deck/${encodeURIComponent(moduleId)}.json`;
}

/** A module's deck, fetched once per window (the service worker keeps it for offline use). */
export function loadDeck(moduleId: string): Promise<Deck> {
	let deck = decks.get(moduleId);
	if (!deck) {
		deck = fetch(deckUrl(moduleId)).then((response) => {
			if (!response.ok) throw new Error(`deck ${moduleId}: ${response.status}`);
			return response.json() as Promise<Deck>;
		});
		deck.catch(() => decks.delete(moduleId));
		decks.set(moduleId, deck);
	}
	return deck;
}

/** Keeps a deck the page already has, so that it is not fetched again. */
export function rememberDeck(deck: Deck): void {
	decks.set(deck.id, Promise.resolve(deck));
}
