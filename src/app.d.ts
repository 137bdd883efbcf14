// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			/** When true, the page shows without the header, banners and footer (the audience window). */
			bare?: boolean;
		}
	}
}

export {};
