import type { ExerciseType } from '../exercises/exercise.schema';

/** Each sheet's address, by file: `shared.css`, then one per exercise type, named after it. */
const SHEETS = import.meta.glob<string>('../components/exercises/css/*.css', {
	query: '?url',
	import: 'default',
	eager: true
});

function sheet(name: string): string {
	const href = SHEETS[`../components/exercises/css/${name}.css`];
	if (href === undefined) throw new Error(`src/lib/components/exercises/css/${name}.css is missing`);
	return href;
}

/**
 * The stylesheets an exercise page links: the shared parts and its own type's. The type's
 * component loads on demand, and SvelteKit would link every type's styles from the page if the
 * components imported them, so the page names its two sheets instead.
 */
export function exerciseStylesheets(type: ExerciseType): string[] {
	return [sheet('shared'), sheet(type)];
}
