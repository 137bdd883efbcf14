import { render } from 'svelte/server';
import LessonSections from '../components/LessonSections.svelte';
import type { Block, DiagramName, LessonSection } from '../content/course.types';
import { LOCALES, type Locale } from '../i18n/locale';
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
 * Draws the diagrams of some sections to HTML and moves every answer key (`reveal`) into a
 * fragment under `<base>/`, leaving a deferred block that the page loads when the reader opens it.
 * A page then carries only what it shows at first, and an answer key stays out of it until asked for.
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
			let count = 0;
			const prepare = (block: Block): Block => {
				if (block.kind === 'deferred') return block;
				if (block.kind === 'diagram') names.add(block.diagram.name);
				const html = block.kind === 'diagram' ? diagramHtml(block.diagram, locale) : block.html;
				if (!block.reveal) return { kind: 'html', html };
				count += 1;
				const path = `${base}/${section.id}-${count}.${locale}.htm`;
				fragments.set(path, html);
				return { kind: 'deferred', href: `${FRAGMENT_BASE}/${path}` };
			};
			return { ...section, blocks: section.blocks.map(prepare), notes: section.notes.map(prepare) };
		});
	}
	return { body: prepared, stylesheets: diagramStylesheets(names) };
}

/** Prepared sections as one piece of HTML, as `LessonSections` draws them, with subsections at level 3. */
export function sectionsHtml(sections: LessonSection[], locale: Locale): string {
	const { body } = render(LessonSections, { props: { sections, locale, headingLevel: 3 } });
	return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}
