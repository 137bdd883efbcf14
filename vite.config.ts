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
							// The saved-progress stack (store, IndexedDB wrapper, validation, every record
							// kind) opens on every page: one file compresses better than a dozen small ones.
							name: 'store',
							test: /[\\/]node_modules[\\/](idb|valibot)[\\/]|[\\/]src[\\/]lib[\\/](persistence[\\/](?!export-file|safe-json)|settings[\\/]settings|progress[\\/](lesson|exercise)-progress|classroom[\\/](records|role-ids|timer)|roleplay[\\/]attempt|boards[\\/]board-entry)/
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
