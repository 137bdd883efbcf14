import { error } from '@sveltejs/kit';
import { TYPE_NAMES } from '$lib/components/exercises/type-names';
import { formatIssues } from '$lib/content/course-loader.server';
import { resolveExercise } from '$lib/exercises/resolve';
import { getCases } from '$lib/server/cases';
import { getCourse } from '$lib/server/course';
import { exerciseStylesheets } from '$lib/server/exercise-css';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...getCourse().exercises.keys()].map((exercise) => ({ exercise }));

export const load: PageServerLoad = ({ params }) => {
	const course = getCourse();
	const def = course.exercises.get(params.exercise);
	const module = course.modules.find((mod) => mod.exercises.some((e) => e.id === params.exercise));
	if (!def || !module) error(404, 'exercise not found');
	// Case facts are resolved here, at build time: the page carries the resolved exercise only.
	const { exercise, issues } = resolveExercise(def, { cases: getCases(), ssmSteps: course.ssmSteps });
	if (issues.length) {
		const file = `content/modules/${String(module.number).padStart(2, '0')}-${module.id}/exercises/${def.id}.yaml`;
		throw new Error(
			`exercise ${def.id} has ${issues.length} problem(s):\n${formatIssues(issues.map((i) => ({ file, ...i })))}`
		);
	}
	const all = course.modules.flatMap((mod) => mod.exercises);
	const index = all.findIndex((e) => e.id === def.id);
	// The type's name in both languages, so that the page does not ship every type's message.
	const typeName = TYPE_NAMES[exercise.type];
	return {
		exercise,
		stylesheets: exerciseStylesheets(exercise.type),
		typeName: { en: typeName({}, { locale: 'en' }), zh: typeName({}, { locale: 'zh' }) },
		module: { id: module.id, number: module.number, title: module.title, total: module.exercises.length },
		previous: all[index - 1],
		next: all[index + 1]
	};
};
