import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Compiled messages import `getLocale` from Paraglide's runtime only as a fallback for a call
 * without a locale, which this app never makes; the runtime's detection code would cost about
 * 1 KB compressed on every page, so the messages get `src/lib/i18n/message-runtime.ts` instead.
 */
function messagesWithoutDetection(): Plugin {
	const stand = fileURLToPath(new URL('./src/lib/i18n/message-runtime.ts', import.meta.url));
	return {
		name: 'messages-without-detection',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source === '../runtime.js' && importer && /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/]/.test(importer)) {
				return stand;
			}
		}
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Every message is called with an explicit locale (see src/lib/components/T.svelte),
			// so the runtime never has to detect one.
			strategy: ['baseLocale'],
			emitReadme: false
		}),
		messagesWithoutDetection(),
		sveltekit()
	],
	server: { fs: { allow: ['content', 'scenarios'] } },
	build: {
		sourcemap: !!process.env.SOURCEMAP,
		// Vite's preload list names every page's chunks in the app entry (about 1.3 KB compressed on
		// every first load). SvelteKit's prerendered pages preload their own chunks, hovering a link
		// preloads the next page's, and the service worker holds them all after the first visit.
		modulePreload: false,
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// What every page imports statically to name and read saved records. First, so that the
							// store group below does not take these along as its code's dependencies.
							name: 'records',
							test: /[\\/]src[\\/]lib[\\/](persistence[\\/](kind|registry|database)\.ts|settings[\\/]settings\.ts|progress[\\/]lesson-progress\.ts)/
						},
						{
							// The saved-progress store's code (IndexedDB wrapper and all): one file compresses
							// better than several. Pages import it only when there is saved work or a first
							// write (see `app.open()`); the kinds' rules (`*.schema.ts`, valibot) load later still.
							name: 'store',
							test: /[\\/]node_modules[\\/]idb[\\/]|[\\/]src[\\/]lib[\\/]persistence[\\/](store|export-envelope|record)\.ts/
						},
						{
							// Small components and message functions nearly every page shows.
							name: 'ui',
							test: /[\\/]src[\\/]lib[\\/]components[\\/](T|L|Title|Html|Stylesheets)\.svelte/
						}
					]
				}
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'content',
					environment: 'node',
					include: ['tests/content/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
