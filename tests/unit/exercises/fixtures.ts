import { readFileSync } from 'node:fs';
import { loadCourse } from '../../../src/lib/content/course-loader.server';
import type { ResolveContext } from '../../../src/lib/exercises/context';
import { loadCase } from '../../../src/lib/scenarios/case-loader';
import { readTree } from '../../../scripts/content-files';

const root = new URL('../../..', import.meta.url).pathname;

/** The real Homebody case and method steps, as the build gives them to the resolver. */
export function realContext(): ResolveContext {
	const hb = loadCase(
		'scenarios/homebody/case.yaml',
		readFileSync(`${root}/scenarios/homebody/case.yaml`, 'utf8')
	).value!;
	const ssmSteps = loadCourse(readTree(root, 'content')).course.ssmSteps;
	return { cases: new Map([[hb.id, hb]]), ssmSteps };
}

/** A text in both languages, for fixtures. */
export const t = (en: string, zh = `${en}（中）`) => ({ en, zh });

/** The fields every exercise file has. */
export const base = (id: string) => ({ id, order: 1, title: t('Title'), instructions: t('Do it') });
