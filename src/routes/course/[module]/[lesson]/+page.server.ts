import { error } from '@sveltejs/kit';
import { getCourse, getLessonPage } from '$lib/server/course';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...getCourse().lessons.values()].map((lesson) => ({ module: lesson.moduleId, lesson: lesson.id }));

export const load: PageServerLoad = ({ params }) => {
	const page = getLessonPage(params.module, params.lesson);
	if (!page) error(404, 'lesson not found');
	return page;
};
