import { Marked, Renderer, type Token, type Tokens, type TokensList } from 'marked';
import type { Locale, Localized } from '../i18n/locale';

/** A block of a section before diagrams are resolved to their data; `reveal` marks an answer key (`::: reveal`). */
export type RawBlock = { kind: 'html'; html: string; reveal?: boolean } | { kind: 'diagram'; name: string; line: string };

/** A lesson section as parsed from Markdown. */
export interface RawSection {
	/** The `{#id}` of its heading, or `intro` for text before the first heading. */
	id: string;
	/** The heading text without the id. */
	title: string;
	/** The section's content. */
	blocks: RawBlock[];
	/** The content of its `::: notes` blocks. */
	notes: RawBlock[];
}

/** A problem found while parsing, with the place in the file. */
export interface MarkdownIssue {
	/** Where: `section <id>`, `line` text, and so on. */
	field: string;
	/** What is wrong. */
	message: string;
}

/** Callout containers a lesson may use, with the label each shows. */
export const CALLOUTS: Readonly<Record<string, Localized>> = {
	key: { en: 'Key point', zh: '要点' },
	example: { en: 'Example', zh: '示例' },
	case: { en: 'From the Homebody case', zh: 'Homebody 案例' },
	warning: { en: 'Watch out', zh: '注意' },
	reveal: { en: 'Show the answer key (try the exercise first)', zh: '查看参考答案（请先自己做练习）' }
};

interface ContainerToken extends Tokens.Generic {
	type: 'container';
	name: string;
	args: string;
	tokens: Token[];
}

const HEADING_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `::: name args` opens a container that a line of just `:::` closes; `::: diagram name` stands
 * alone on its line. Containers do not nest.
 */
function containerExtension(locale: Locale) {
	return {
		name: 'container',
		level: 'block' as const,
		start(src: string) {
			return /^:::/m.exec(src)?.index;
		},
		tokenizer(this: { lexer: { blockTokens(src: string, tokens?: Token[]): Token[] } }, src: string) {
			const open = /^::: *([a-z][a-z-]*)(?: +([^\n]*?))? *(?:\n|$)/.exec(src);
			if (!open) return undefined;
			const name = open[1]!;
			const args = (open[2] ?? '').trim();
			if (name === 'diagram') {
				return { type: 'container', raw: open[0], name, args, tokens: [] } satisfies ContainerToken;
			}
			const rest = src.slice(open[0].length);
			const close = /^::: *(?:\n|$)/m.exec(rest);
			if (!close) return undefined;
			const inner = rest.slice(0, close.index);
			return {
				type: 'container',
				raw: open[0] + inner + close[0],
				name,
				args,
				tokens: this.lexer.blockTokens(inner, [])
			} satisfies ContainerToken;
		},
		renderer(this: { parser: { parse(tokens: Token[]): string } }, token: Tokens.Generic) {
			const t = token as ContainerToken;
			const label = CALLOUTS[t.name]?.[locale] ?? '';
			return `<div class="callout callout-${t.name}" role="note"><p class="callout-label">${label}</p>${this.parser.parse(t.tokens)}</div>\n`;
		}
	};
}

/** Chinese, Japanese and full-width characters and punctuation: a line break between two of them is dropped, not shown as a space. */
const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CJK_LINE_BREAK = new RegExp(`([${CJK}])\\n\\s*(?=[${CJK}])`, 'g');

function createMarked(locale: Locale): Marked {
	const marked = new Marked({ gfm: true, async: false });
	marked.use({
		extensions: [containerExtension(locale)],
		renderer: {
			// Lessons are Markdown only: raw HTML is shown as text, never interpreted.
			html({ text }) {
				return escapeHtml(text);
			},
			table(token) {
				// Wide tables scroll sideways on a phone; the wrapper can take focus so keyboard users can scroll it.
				const html = Renderer.prototype.table.call(this, token);
				return `<div class="table-scroll" tabindex="0">${html}</div>\n`;
			},
			tablecell(token) {
				// An empty corner header names nothing: a plain cell keeps screen readers from announcing a blank header.
				if (token.header && !token.text.trim()) return '<td></td>\n';
				return Renderer.prototype.tablecell.call(this, token);
			},
			link({ href, title, tokens }) {
				const text = this.parser.parseInline(tokens);
				const external = /^https?:\/\//.test(href);
				const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
				return external
					? `<a href="${escapeHtml(href)}"${titleAttr} rel="noopener noreferrer">${text}</a>`
					: `<a href="${escapeHtml(href)}"${titleAttr}>${text}</a>`;
			}
		}
	});
	return marked;
}

const markedFor: Record<Locale, Marked> = { en: createMarked('en'), zh: createMarked('zh') };

function checkTokens(marked: Marked, tokens: Token[], where: string, issues: MarkdownIssue[]): void {
	marked.walkTokens(tokens, (token) => {
		if (token.type === 'html') {
			issues.push({ field: where, message: `raw HTML is not allowed: ${token.raw.trim().slice(0, 40)}` });
		} else if (token.type === 'image') {
			issues.push({ field: where, message: 'images are not allowed: draw diagrams with `::: diagram`' });
		} else if (token.type === 'link') {
			const href = (token as Tokens.Link).href;
			if (!/^(\/|#|https:\/\/)/.test(href)) {
				issues.push({ field: where, message: `link must start with /, # or https://: ${href}` });
			}
		}
	});
}

function render(marked: Marked, tokens: Token[], links: TokensList['links']): string {
	const html = marked.parser(Object.assign([...tokens], { links }) as TokensList).replace(CJK_LINE_BREAK, '$1');
	// Newlines in HTML outside <pre> are only spaces. Without them the copy of this HTML in the page
	// data (escaped as JSON) matches the rendered copy closely, so brotli almost erases it.
	return html.includes('<pre') ? html : html.replace(/>\n+</g, '><').replace(/\n/g, ' ').trim();
}

/**
 * Parses a lesson body into sections at each `## Heading {#id}`. Speaker notes (`::: notes`) and
 * diagrams (`::: diagram name`) are lifted out of the HTML so that pages and slides can place them.
 */
export function parseLessonMarkdown(
	source: string,
	locale: Locale
): { sections: RawSection[]; issues: MarkdownIssue[] } {
	const marked = markedFor[locale];
	const issues: MarkdownIssue[] = [];
	const tokens = marked.lexer(source);
	const sections: RawSection[] = [];
	let section: RawSection = { id: 'intro', title: '', blocks: [], notes: [] };
	let pending: Token[] = [];

	const flush = () => {
		if (pending.some((t) => t.type !== 'space')) {
			section.blocks.push({ kind: 'html', html: render(marked, pending, tokens.links) });
		}
		pending = [];
	};

	for (const token of tokens) {
		const where = `section ${section.id}`;
		if (token.type === 'heading' && (token as Tokens.Heading).depth === 1) {
			issues.push({ field: where, message: 'use the frontmatter title instead of a # heading' });
		} else if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
			flush();
			if (section.id !== 'intro' || section.blocks.length || section.notes.length) sections.push(section);
			const text = (token as Tokens.Heading).text;
			const id = HEADING_ID.exec(text)?.[1];
			if (!id) issues.push({ field: `heading "${text}"`, message: 'a ## heading needs an id: ## Title {#some-id}' });
			section = { id: id ?? `missing-${sections.length + 1}`, title: text.replace(HEADING_ID, '').trim(), blocks: [], notes: [] };
		} else if (token.type === 'container') {
			const container = token as ContainerToken;
			checkTokens(marked, container.tokens, where, issues);
			if (container.name === 'diagram') {
				flush();
				section.blocks.push({ kind: 'diagram', name: container.args, line: container.raw.trim() });
			} else if (container.name === 'reveal') {
				// An answer key becomes a block of its own, folded on the page and loaded when opened.
				flush();
				section.blocks.push({ kind: 'html', html: render(marked, container.tokens, tokens.links), reveal: true });
			} else if (container.name === 'notes') {
				if (container.tokens.some((t) => t.type !== 'space')) {
					section.notes.push({ kind: 'html', html: render(marked, container.tokens, tokens.links) });
				}
			} else if (Object.hasOwn(CALLOUTS, container.name)) {
				pending.push(token);
			} else {
				issues.push({ field: where, message: `unknown block ::: ${container.name}` });
			}
		} else {
			checkTokens(marked, [token], where, issues);
			pending.push(token);
		}
	}
	flush();
	if (section.id !== 'intro' || section.blocks.length || section.notes.length) sections.push(section);
	const seen = new Set<string>();
	for (const s of sections) {
		if (seen.has(s.id)) issues.push({ field: `section ${s.id}`, message: 'section id is used twice' });
		seen.add(s.id);
	}
	return { sections, issues };
}

/** Renders a short Markdown text (instructions, definitions) to HTML, with the same rules as lessons. */
export function renderMarkdown(source: string, locale: Locale): { html: string; issues: MarkdownIssue[] } {
	const { sections, issues } = parseLessonMarkdown(source, locale);
	const html = sections
		.flatMap((s) => s.blocks)
		.map((b) => (b.kind === 'html' ? b.html : ''))
		.join('');
	if (sections.some((s) => s.id !== 'intro' || s.notes.length || s.blocks.some((b) => b.kind !== 'html' || b.reveal))) {
		issues.push({ field: '(text)', message: 'headings, notes, answer keys and diagrams are not allowed here' });
	}
	return { html, issues };
}
