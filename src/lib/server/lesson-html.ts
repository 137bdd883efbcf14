import { render } from 'svelte/server';
import LessonSections from '../components/LessonSections.svelte';
import type { Block, DiagramName, LessonSection } from '../content/course.types';
import { LOCALES, type Locale } from '../i18n/locale';
import { staticHtml } from '../content/static-html';
import { diagramHtml, diagramStylesheets } from './diagram-html';

/** Where prerendered fragments (answer keys, instructor notes) are served from. */
export const FRAGMENT_BASE = '/fragments';

/** Fragments of HTML by path below `FRAGMENT_BASE`, each prerendered as its own file. */
export type Fragments = Map<string, string>;

/** Sections ready for a page: diagrams drawn, answer keys moved out, and the stylesheets they need. */
export interface PreparedSections {
	/** The sections in each locale: HTML blocks, and deferred blocks for the answer keys. */
	body: Record<Locale, LessonSection[]>;
	/** The stylesheets of the diagrams the sections draw, folded ones included. */
	stylesheets: string[];
}

/**
 * Draws the diagrams of some sections to HTML and moves them and every answer key (`reveal`) into
 * fragments under `<base>/`. A diagram becomes a `static` block: prerendering draws it from
 * `staticHtml`, but the page data carries only its address, so a page does not carry its diagrams
 * twice. An answer key becomes a `deferred` block, loaded when the reader opens it, and so do a
 * section's speaker notes (one fragment per section).
 */
export function prepareSections(
	body: Record<Locale, LessonSection[]>,
	base: string,
	fragments: Fragments
): PreparedSections {
	const names = new Set<DiagramName>();
	const prepared = {} as Record<Locale, LessonSection[]>;
	for (const locale of LOCALES) {
		prepared[locale] = body[locale].map((section) => {
			let answers = 0;
			let diagrams = 0;
			const prepare = (block: Block): Block => {
				if (block.kind === 'deferred' || block.kind === 'static') return block;
				if (block.kind === 'html' && !block.reveal) return block;
				if (block.kind === 'diagram' && !block.reveal) {
					names.add(block.diagram.name);
					diagrams += 1;
					const path = `${base}/${section.id}-diagram-${diagrams}.${locale}.htm`;
					const href = `${FRAGMENT_BASE}/${path}`;
					const html = diagramHtml(block.diagram, locale);
					fragments.set(path, html);
					staticHtml.set(href, html);
					return { kind: 'static', href };
				}
				if (block.kind === 'diagram') names.add(block.diagram.name);
				answers += 1;
				const path = `${base}/${section.id}-${answers}.${locale}.htm`;
				fragments.set(path, block.kind === 'diagram' ? diagramHtml(block.diagram, locale) : block.html);
				return { kind: 'deferred', href: `${FRAGMENT_BASE}/${path}` };
			};
			const blocks = mergeStatic(section.blocks.map(prepare), `${base}/${section.id}-body`, locale, fragments);
			const notes = section.notes.map(prepare);
			if (!notes.length) return { ...section, blocks, notes };
			// Speaker notes are folded and for the instructor: they load when opened, like answer keys.
			const path = `${base}/${section.id}-notes.${locale}.htm`;
			fragments.set(
				path,
				notes
					.map((block) =>
						block.kind === 'html' ? block.html : block.kind === 'static' ? (staticHtml.get(block.href) ?? '') : ''
					)
					.join('')
			);
			return {
				...section,
				blocks,
				notes: [{ kind: 'deferred', href: `${FRAGMENT_BASE}/${path}` }]
			};
		});
	}
	return { body: prepared, stylesheets: diagramStylesheets(names) };
}

/**
 * Joins each run of adjacent always-shown blocks (prose and drawn diagrams) into one `static`
 * fragment, so that the page data carries an address instead of the text the prerendered page
 * already shows: lesson text would otherwise ship twice, as markup and again as hydration data.
 */
function mergeStatic(blocks: Block[], base: string, locale: Locale, fragments: Fragments): Block[] {
	const merged: Block[] = [];
	let run: string[] = [];
	let single: Block | undefined;
	const flush = () => {
		if (run.length === 1 && single?.kind === 'static') merged.push(single);
		else if (run.length) {
			const path = `${base}-${merged.filter((b) => b.kind === 'static').length + 1}.${locale}.htm`;
			const href = `${FRAGMENT_BASE}/${path}`;
			const html = run.join('');
			fragments.set(path, html);
			staticHtml.set(href, html);
			merged.push({ kind: 'static', href });
		}
		run = [];
		single = undefined;
	};
	for (const block of blocks) {
		if (block.kind === 'static' || (block.kind === 'html' && !block.reveal)) {
			run.push(block.kind === 'html' ? block.html : (staticHtml.get(block.href) ?? ''));
			single ??= block;
		} else {
			flush();
			merged.push(block);
		}
	}
	flush();
	return merged;
}

/** Prepared sections as one piece of HTML, as `LessonSections` draws them, with subsections at level 3. */
export function sectionsHtml(sections: LessonSection[], locale: Locale): string {
	const { body } = render(LessonSections, { props: { sections, locale, headingLevel: 3 } });
	return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}
