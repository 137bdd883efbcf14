import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../src/lib/content/course-loader.server';
import { readTree } from '../../../scripts/content-files';
import { readFileSync } from 'node:fs';
import { loadCase } from '../../../src/lib/scenarios/case-loader';

/** A complete, valid content tree to break one piece at a time. */
function tree(overrides: Record<string, string | undefined> = {}): Map<string, string> {
	const base = readTree(new URL('../../fixtures/content-ok', import.meta.url).pathname, '.');
	const files = new Map([...base].map(([path, text]) => [`content/${path.replace(/^\.\//, '')}`, text]));
	for (const [path, text] of Object.entries(overrides)) {
		if (text === undefined) files.delete(path);
		else files.set(path, text);
	}
	return files;
}

const lessonEn = 'content/modules/00-opening/first.en.md';
const lessonZh = 'content/modules/00-opening/first.zh.md';

describe('loadCourse', () => {
	it('builds modules, lessons in both languages and the seven steps from a valid tree', () => {
		const { course, issues } = loadCourse(tree());
		expect(issues).toEqual([]);
		expect(course.modules.map((m) => [m.id, m.lessons.map((l) => l.id)])).toEqual([['opening', ['first']]]);
		const lesson = course.lessons.get('opening/first');
		expect(lesson?.title).toEqual({ en: 'First lesson', zh: '第一课' });
		expect(lesson?.body.zh.map((s) => s.id)).toEqual(['intro', 'steps']);
		expect(lesson?.body.en[1]?.blocks[1]).toMatchObject({ kind: 'diagram', diagram: { name: 'ssm-process' } });
		expect(course.ssmSteps).toHaveLength(7);
	});

	it('names the file and field of a bad frontmatter value', () => {
		const text = tree().get(lessonZh)!.replace('minutes: 10', 'minutes: ten');
		const { issues } = loadCourse(tree({ [lessonZh]: text }));
		expect(issues).toContainEqual({ file: lessonZh, field: 'frontmatter.minutes', message: expect.any(String) });
	});

	it('reports a lesson missing in one language', () => {
		const { issues } = loadCourse(tree({ [lessonZh]: undefined }));
		expect(issues).toEqual([{ file: lessonZh, field: '(file)', message: 'the zh version is missing' }]);
	});

	it('reports languages whose sections differ', () => {
		const text = tree().get(lessonZh)!.replace('{#steps}', '{#stages}');
		const { issues } = loadCourse(tree({ [lessonZh]: text }));
		expect(issues).toContainEqual({ file: lessonZh, field: 'sections', message: expect.stringContaining('differ from English') });
	});

	it('reports languages whose order or minutes differ', () => {
		const text = tree().get(lessonZh)!.replace('minutes: 10', 'minutes: 12');
		const { issues } = loadCourse(tree({ [lessonZh]: text }));
		expect(issues).toContainEqual({ file: lessonZh, field: 'frontmatter.minutes', message: 'is 12 but 10 in English' });
	});

	it('reports an unknown diagram', () => {
		const text = tree().get(lessonEn)!.replace('::: diagram ssm-process', '::: diagram pipeline');
		const { issues } = loadCourse(tree({ [lessonEn]: text }));
		expect(issues).toContainEqual({ file: lessonEn, field: 'section steps', message: expect.stringContaining('unknown diagram "pipeline"') });
	});

	it('names the missing locale of a module title', () => {
		const path = 'content/modules/00-opening/module.yaml';
		const text = tree().get(path)!.replace(/\n {2}zh: 开场\n/, '\n');
		const { issues } = loadCourse(tree({ [path]: text }));
		expect(issues).toContainEqual({ file: path, field: 'title.zh', message: expect.any(String) });
	});

	it('reports a module whose id does not match its folder', () => {
		const path = 'content/modules/00-opening/module.yaml';
		const { issues } = loadCourse(tree({ [path]: tree().get(path)!.replace('id: opening', 'id: welcome') }));
		expect(issues).toContainEqual({ file: path, field: 'id', message: 'must be opening, as in the folder name' });
	});

	it('reports YAML that does not parse, and files it does not know', () => {
		const { issues } = loadCourse(tree({ 'content/data/ssm-process.yaml': 'steps: [', 'content/notes.txt': 'hi' }));
		expect(issues.map((i) => `${i.file} ${i.field}`)).toEqual(
			expect.arrayContaining(['content/data/ssm-process.yaml (yaml)', 'content/notes.txt (file)'])
		);
	});

	it('loads instructor notes, key terms and the team exercise of a module', () => {
		const { course, issues } = loadCourse(tree());
		expect(issues).toEqual([]);
		const opening = course.modules[0]!;
		expect(opening.hasInstructorNotes).toBe(true);
		expect(course.instructorNotes.get('opening')?.zh.map((s) => s.id)).toEqual(['intro', 'timing']);
		expect(opening.keyTerms).toEqual([
			{
				id: 'verifiable-outcome',
				moduleId: 'opening',
				term: { en: 'Verifiable outcome', zh: '可验证的成果' },
				definition: { en: 'Evidence from the customer.', zh: '来自客户的证据。' }
			}
		]);
		expect(opening.teamExercise).toMatchObject({ id: 'own-opportunity', boards: ['opportunity'] });
		expect(opening.teamExercise?.instructionsHtml.en).toBe('<p>Pick <strong>one</strong> real deal.</p>');
	});

	it('reports instructor notes missing in one language', () => {
		const { issues } = loadCourse(tree({ 'content/modules/00-opening/instructor.zh.md': undefined }));
		expect(issues).toEqual([{ file: 'content/modules/00-opening/instructor.zh.md', field: '(file)', message: 'the zh version is missing' }]);
	});

	it('reports a team exercise that names an unknown board', () => {
		const path = 'content/modules/00-opening/module.yaml';
		const { issues } = loadCourse(tree({ [path]: tree().get(path)!.replace('[opportunity]', '[flip-chart]') }));
		expect(issues).toContainEqual({ file: path, field: 'teamExercise.boards.0', message: expect.any(String) });
	});

	it('refuses an exercise that does not fit its type, or of an unknown type, naming the file and field', () => {
		const path = 'content/modules/00-opening/exercises/match-steps.yaml';
		const { issues } = loadCourse(tree({ [path]: 'id: match-steps\ntype: match\n' }));
		expect(issues).toContainEqual({ file: path, field: 'order', message: expect.any(String) });
		const unknown = loadCourse(tree({ [path]: 'id: match-steps\ntype: essay\n' }));
		expect(unknown.issues).toContainEqual({ file: path, field: 'type', message: expect.any(String) });
	});

	it('reports a step list that is not exactly seven steps', () => {
		const path = 'content/data/ssm-process.yaml';
		const text = tree().get(path)!.split('  - id: implement')[0]!;
		const { issues } = loadCourse(tree({ [path]: text }));
		expect(issues).toContainEqual({ file: path, field: 'steps', message: 'the method has exactly seven steps' });
	});

	it('draws case diagrams from the cases it is given, and names the file and section when it cannot', () => {
		const homebody = loadCase('scenarios/homebody/case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!;
		const text = tree().get(lessonEn)!.replace('::: diagram ssm-process', '::: diagram pain-chain homebody reveal');
		const zhText = tree().get(lessonZh)!.replace('::: diagram ssm-process', '::: diagram pain-chain homebody reveal');
		const withCase = loadCourse(tree({ [lessonEn]: text, [lessonZh]: zhText }), { cases: new Map([['homebody', homebody]]) });
		expect(withCase.issues).toEqual([]);
		expect(withCase.course.lessons.get('opening/first')?.body.en[1]?.blocks[1]).toMatchObject({
			kind: 'diagram',
			reveal: true,
			diagram: { name: 'pain-chain' }
		});
		const withoutCase = loadCourse(tree({ [lessonEn]: text, [lessonZh]: zhText }));
		expect(withoutCase.issues).toContainEqual({
			file: lessonEn,
			field: 'section steps',
			message: expect.stringContaining('no case "homebody"')
		});
	});
});

