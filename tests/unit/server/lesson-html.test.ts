import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, LessonSection } from '../../../src/lib/content/course.types';
import { resolveDiagram } from '../../../src/lib/content/diagrams';
import { loadCase } from '../../../src/lib/scenarios/case-loader';
import { prepareSections, sectionsHtml } from '../../../src/lib/server/lesson-html';
import { staticHtml } from '../../../src/lib/content/static-html';

const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!;
const block = (line: string): Block => {
	const resolved = resolveDiagram(line, { steps: [], cases: new Map([['homebody', homebody]]) });
	if (!resolved.ok) throw new Error(resolved.message);
	return { kind: 'diagram', diagram: resolved.diagram, reveal: resolved.reveal || undefined };
};
const section = (blocks: Block[]): LessonSection => ({ id: 'answer', title: 'Answer', blocks, notes: [] });

describe('prepareSections', () => {
	const fragments = new Map<string, string>();
	const body = {
		en: [
			section([
				block('tim'),
				block('pain-chain homebody reveal'),
				{ kind: 'html', html: '<p>Sarah.</p>', reveal: true }
			])
		],
		zh: [
			section([
				block('tim'),
				block('pain-chain homebody reveal'),
				{ kind: 'html', html: '<p>Sarah。</p>', reveal: true }
			])
		]
	};
	const prepared = prepareSections(body, 'understand/pain-chain', fragments);

	it('draws diagrams to plain HTML, kept out of the page data: the block carries only its address', () => {
		const href = '/fragments/understand/pain-chain/answer-diagram-1.en.htm';
		expect(prepared.body.en[0]!.blocks[0]).toEqual({ kind: 'static', href });
		const html = staticHtml.get(href)!;
		expect(html).toContain('class="dg dg-tim"');
		expect(html).not.toMatch(/<!--/);
		expect(fragments.get('understand/pain-chain/answer-diagram-1.en.htm')).toBe(html);
		expect(staticHtml.get(href.replace('.en.', '.zh.'))).toContain('通过');
	});

	it('moves answer keys out of the page into fragments, one per language', () => {
		expect(prepared.body.en[0]!.blocks.slice(1)).toEqual([
			{ kind: 'deferred', href: '/fragments/understand/pain-chain/answer-1.en.htm' },
			{ kind: 'deferred', href: '/fragments/understand/pain-chain/answer-2.en.htm' }
		]);
		expect(fragments.get('understand/pain-chain/answer-1.zh.htm')).toContain('Homebody 疼痛链');
		expect(fragments.get('understand/pain-chain/answer-2.en.htm')).toBe('<p>Sarah.</p>');
	});

	it('lists the stylesheets of every diagram drawn, folded ones included', () => {
		// One per diagram (tim, pain chain); the addresses themselves exist only in a build (checked end to end).
		expect(prepared.stylesheets).toHaveLength(2);
	});
});

describe('section text', () => {
	it('leaves the page data: each run of prose and diagrams becomes one prerendered fragment', () => {
		const fragments = new Map<string, string>();
		const blocks: Block[] = [
			{ kind: 'html', html: '<p>Before.</p>' },
			block('tim'),
			{ kind: 'html', html: '<p>After.</p>' },
			{ kind: 'html', html: '<p>Key.</p>', reveal: true },
			{ kind: 'html', html: '<p>Last.</p>' }
		];
		const prepared = prepareSections({ en: [section(blocks)], zh: [section(blocks)] }, 'opening/y', fragments);
		expect(prepared.body.en[0]!.blocks).toEqual([
			{ kind: 'static', href: '/fragments/opening/y/answer-body-1.en.htm' },
			{ kind: 'deferred', href: '/fragments/opening/y/answer-1.en.htm' },
			{ kind: 'static', href: '/fragments/opening/y/answer-body-2.en.htm' }
		]);
		const first = fragments.get('opening/y/answer-body-1.en.htm')!;
		expect(first).toMatch(/^<p>Before\.<\/p>.*class="dg dg-tim".*<p>After\.<\/p>$/s);
		expect(staticHtml.get('/fragments/opening/y/answer-body-2.zh.htm')).toBe('<p>Last.</p>');
	});
});

describe('speaker notes', () => {
	it('leave the page and load when opened: one fragment per section and language', () => {
		const fragments = new Map<string, string>();
		const notes: Block[] = [
			{ kind: 'html', html: '<p>Ask the room.</p>' },
			{ kind: 'html', html: '<p>Then wait.</p>' }
		];
		const section = { id: 'intro-2', title: 'Two', blocks: [], notes };
		const prepared = prepareSections({ en: [section], zh: [section] }, 'opening/x', fragments);
		expect(prepared.body.en[0]!.notes).toEqual([
			{ kind: 'deferred', href: '/fragments/opening/x/intro-2-notes.en.htm' }
		]);
		expect(fragments.get('opening/x/intro-2-notes.zh.htm')).toBe('<p>Ask the room.</p><p>Then wait.</p>');
	});
});

describe('sectionsHtml', () => {
	it('draws sections as LessonSections does, with subsection headings', () => {
		const html = sectionsHtml(
			[{ id: 'timing', title: 'Timing', blocks: [{ kind: 'html', html: '<p>Two hours.</p>' }], notes: [] }],
			'en'
		);
		expect(html).toMatch(/<section[^>]*id="timing"[^>]*>.*<h3 id="timing-h">Timing<\/h3>.*Two hours\./s);
	});
});
