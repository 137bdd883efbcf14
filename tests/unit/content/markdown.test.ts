import { describe, expect, it } from 'vitest';
import { parseLessonMarkdown } from '../../../src/lib/content/markdown.server';

describe('parseLessonMarkdown', () => {
	it('splits a lesson into sections at each ## heading, keeping the heading id', () => {
		const { sections, issues } = parseLessonMarkdown('Intro text.\n\n## First {#first}\n\nOne.\n\n## Second {#second}\n\nTwo.\n', 'en');
		expect(issues).toEqual([]);
		expect(sections.map((s) => [s.id, s.title])).toEqual([
			['intro', ''],
			['first', 'First'],
			['second', 'Second']
		]);
		expect(sections[1]?.blocks).toEqual([{ kind: 'html', html: '<p>One.</p>' }]);
	});

	it('lifts speaker notes out of the section body', () => {
		const { sections } = parseLessonMarkdown('## A {#a}\n\nBody.\n\n::: notes\nSay this **aloud**.\n:::\n\nMore.\n', 'en');
		expect(sections[0]?.notes).toEqual([{ kind: 'html', html: '<p>Say this <strong>aloud</strong>.</p>' }]);
		expect(sections[0]?.blocks).toEqual([{ kind: 'html', html: '<p>Body.</p><p>More.</p>' }]);
	});

	it('draws an empty corner header of a table as a plain cell, so no header is blank', () => {
		const block = parseLessonMarkdown('| | Day 1 |\n| --- | --- |\n| Morning | Opening |\n', 'en').sections[0]?.blocks[0];
		const html = block?.kind === 'html' ? block.html : '';
		expect(html).toContain('<thead><tr><td></td><th>Day 1</th>');
		expect(html).not.toMatch(/<th>\s*<\/th>/);
	});

	it('places a diagram between the HTML before and after it', () => {
		const { sections } = parseLessonMarkdown('## A {#a}\n\nBefore.\n\n::: diagram ssm-process\n\nAfter.\n', 'en');
		expect(sections[0]?.blocks.map((b) => b.kind)).toEqual(['html', 'diagram', 'html']);
		expect(sections[0]?.blocks[1]).toMatchObject({ kind: 'diagram', name: 'ssm-process' });
	});

	it('lifts an answer key (::: reveal) into a block of its own, between the HTML around it', () => {
		const { sections, issues } = parseLessonMarkdown('## A {#a}\n\nTry first.\n\n::: reveal\nSarah is the **sponsor**.\n:::\n\nNext.\n', 'en');
		expect(issues).toEqual([]);
		expect(sections[0]?.blocks).toEqual([
			{ kind: 'html', html: '<p>Try first.</p>' },
			{ kind: 'html', html: '<p>Sarah is the <strong>sponsor</strong>.</p>', reveal: true },
			{ kind: 'html', html: '<p>Next.</p>' }
		]);
	});

	it('renders callouts with a label in the lesson language', () => {
		const en = parseLessonMarkdown('::: key\nRemember.\n:::\n', 'en').sections[0]?.blocks[0];
		const zh = parseLessonMarkdown('::: key\n记住。\n:::\n', 'zh').sections[0]?.blocks[0];
		expect(en).toMatchObject({ html: expect.stringContaining('<p class="callout-label">Key point</p>') });
		expect(zh).toMatchObject({ html: expect.stringContaining('<p class="callout-label">要点</p>') });
	});

	it('joins the lines of a Chinese paragraph without a stray space', () => {
		const { sections } = parseLessonMarkdown('第一行，\n第二行。\n', 'zh');
		expect(sections[0]?.blocks[0]).toEqual({ kind: 'html', html: '<p>第一行，第二行。</p>' });
	});

	it('turns the line breaks of an English paragraph into spaces and drops those between tags', () => {
		const { sections } = parseLessonMarkdown('First line\nsecond line.\n\n- one\n- two\n', 'en');
		expect(sections[0]?.blocks[0]).toEqual({
			kind: 'html',
			html: '<p>First line second line.</p><ul><li>one</li><li>two</li></ul>'
		});
	});

	it('shows raw HTML as text and reports it', () => {
		const { sections, issues } = parseLessonMarkdown('<script>alert(1)</script>\n', 'en');
		const block = sections[0]?.blocks[0];
		expect(block?.kind === 'html' && block.html).not.toContain('<script>');
		expect(issues).toEqual([{ field: 'section intro', message: expect.stringContaining('raw HTML is not allowed') }]);
	});

	it.each([
		['a heading without an id', '## Untitled\n\nx\n', 'needs an id'],
		['a # heading', '# Title\n', 'frontmatter title'],
		['an image', '![chart](/chart.png)\n', 'images are not allowed'],
		['an http link', '[x](http://example.com)\n', 'link must start with'],
		['an unknown block', '::: quiz\nx\n:::\n', 'unknown block ::: quiz'],
		['the same section id twice', '## A {#a}\n\n## B {#a}\n', 'used twice']
	])('reports %s', (_, source, message) => {
		const { issues } = parseLessonMarkdown(source, 'en');
		expect(issues.map((i) => i.message).join('\n')).toContain(message);
	});
});
