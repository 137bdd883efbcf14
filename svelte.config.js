import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The hash of the one inline script in `src/app.html` (it sets language and theme before the first
 * paint). SvelteKit hashes only the scripts it writes itself, so this one is added by hand, and
 * computed here so that editing the script can never leave a stale hash behind.
 */
function bootScriptHash() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const match = /<script>([\s\S]*?)<\/script>/.exec(html);
	if (!match) throw new Error('src/app.html: the boot <script> is missing');
	return `sha256-${createHash('sha256').update(match[1]).digest('base64')}`;
}

/**
 * SvelteKit's route announcer (for screen readers after client-side navigation) carries an inline
 * `style` attribute. Allow exactly that attribute, read from SvelteKit's own source so that an
 * upgrade cannot leave a stale hash, rather than allowing inline styles in general.
 */
function announcerStyleHash() {
	const source = readFileSync(
		new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
		'utf8'
	);
	const match = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(source);
	if (!match) throw new Error('SvelteKit announcer style not found: update svelte.config.js');
	return `sha256-${createHash('sha256').update(match[1]).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', precompress: true }),
		alias: { $content: 'content', $scenarios: 'scenarios' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', bootScriptHash()],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self', 'blob:', 'data:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
