import { describe, expect, it } from 'vitest';
import type { CourseModule } from '../../../src/lib/content/course.types';
import { agenda, toCourseMap } from '../../../src/lib/content/course-map';

const t = { en: 't', zh: 't' };
const mod = (id: string, number: number, day: CourseModule['day'], slot: CourseModule['slot']): CourseModule => ({
	id,
	number,
	day,
	slot,
	title: t,
	summary: t,
	lessons: [{ id: 'l', moduleId: id, order: 1, minutes: 10, title: t, summary: { en: 'long summary', zh: '摘要' } }],
	keyTerms: [{ id: `${id}-term`, moduleId: id, term: t, definition: t }],
	teamExercise: { id: 'team', minutes: 30, boards: ['sam-grid'], title: t, instructionsHtml: { en: '<p>do</p>', zh: '<p>做</p>' } },
	exercises: [{ id: `${id}-x`, moduleId: id, type: 'classify', order: 1, title: t }],
	hasInstructorNotes: true
});

describe('toCourseMap', () => {
	it('keeps what the map shows and drops summaries of lessons, key terms and instructions', () => {
		const [m] = toCourseMap([mod('a', 0, 1, 'morning')]);
		expect(m).toEqual({
			id: 'a',
			number: 0,
			day: 1,
			slot: 'morning',
			title: t,
			summary: t,
			lessons: [{ id: 'l', moduleId: 'a', title: t, minutes: 10 }],
			exercises: [{ id: 'a-x', title: t }],
			teamExercise: { id: 'team', title: t, minutes: 30 }
		});
		expect(JSON.stringify(m)).not.toMatch(/long summary|<p>|term/);
	});

	it('leaves out the team exercise of a module that has none', () => {
		const { teamExercise: _team, ...bare } = mod('a', 0, 1, 'morning');
		expect(toCourseMap([bare])[0]).not.toHaveProperty('teamExercise');
	});
});

describe('agenda', () => {
	const modules = [
		mod('nine', 9, 'further', 'any'),
		mod('two', 2, 1, 'afternoon'),
		mod('zero', 0, 1, 'morning'),
		mod('one', 1, 1, 'morning'),
		mod('four', 4, 2, 'morning')
	];

	it('orders day 1, day 2 and then the further modules, each half-day by module number', () => {
		const days = agenda(modules);
		expect(days.map((d) => [d.day, d.slots.map((s) => [s.slot, s.modules.map((m) => m.id)])])).toEqual([
			[1, [['morning', ['zero', 'one']], ['afternoon', ['two']]]],
			[2, [['morning', ['four']]]],
			['further', [['any', ['nine']]]]
		]);
	});

	it('leaves out days without modules', () => {
		expect(agenda([mod('zero', 0, 1, 'morning')]).map((d) => d.day)).toEqual([1]);
	});
});
