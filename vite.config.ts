import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

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
		sveltekit()
	],
	server: { fs: { allow: ['content', 'scenarios'] } },
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// The saved-progress store (IndexedDB wrapper, every record kind's name) opens on
							// every page: one file compresses better than a dozen small ones. The kinds' rules
							// (`*.schema.ts`, valibot) stay out: they load when there is data to check.
							name: 'store',
							test: /[\\/]node_modules[\\/]idb[\\/]|[\\/]src[\\/]lib[\\/](persistence[\\/](?!export-file|safe-json|migrate|record\.schema)|settings[\\/]settings\.ts|progress[\\/]lesson-progress\.ts)/
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
