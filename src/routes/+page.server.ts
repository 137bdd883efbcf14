import { getCourse, getLessonLink } from '$lib/server/course';
import type { PageServerLoad } from './$types';

// "Start here" points at the overview of the method; only its link is sent, not the course outline.
export const load: PageServerLoad = () => {
	const first = getCourse().modules.flatMap((mod) => mod.lessons)[0];
	return { start: getLessonLink('opening', 'ssm-overview') ?? (first && getLessonLink(first.moduleId, first.id)) };
};
