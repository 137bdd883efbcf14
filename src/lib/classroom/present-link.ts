import {
	envelopeOf,
	PRESENT_CHANNEL,
	readPresentMessage,
	type PresentMessage,
	type PresentMessageBody
} from './present-protocol';

/** The part of BroadcastChannel the link uses, so that tests can pass a stand-in. */
export interface ChannelLike {
	/** Sends a message to the other windows. */
	postMessage(message: unknown): void;
	/** Receives messages from the other windows. */
	onmessage: ((event: MessageEvent) => void) | null;
	/** Leaves the channel. */
	close(): void;
}

/**
 * One window's end of the presenter ↔ audience link: sends namespaced, versioned messages and
 * passes on only the valid ones it receives. Without BroadcastChannel it does nothing, quietly.
 */
export class PresentLink {
	#channel: ChannelLike | undefined;
	#listeners = new Set<(message: PresentMessage) => void>();

	constructor(open: () => ChannelLike | undefined = defaultChannel) {
		this.#channel = open();
		if (this.#channel) {
			this.#channel.onmessage = (event) => {
				const message = readPresentMessage(event.data);
				if (message) for (const listener of this.#listeners) listener(message);
			};
		}
	}

	/** Whether the link can reach other windows. */
	get connected(): boolean {
		return this.#channel !== undefined;
	}

	/** Sends a message. */
	send(body: PresentMessageBody): void {
		this.#channel?.postMessage(envelopeOf(body));
	}

	/** Calls the listener for every valid message; returns the function that stops it. */
	subscribe(listener: (message: PresentMessage) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Leaves the channel. */
	close(): void {
		this.#listeners.clear();
		this.#channel?.close();
		this.#channel = undefined;
	}
}

function defaultChannel(): ChannelLike | undefined {
	return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(PRESENT_CHANNEL);
}
