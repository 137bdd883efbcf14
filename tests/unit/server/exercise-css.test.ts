import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISE_TYPES } from '../../../src/lib/exercises/exercise.schema';
import { exerciseStylesheets } from '../../../src/lib/server/exercise-css';

const DIR = 'src/lib/components/exercises';
const VIEWS: Record<(typeof EXERCISE_TYPES)[number], string> = {
	classify: 'ClassifyExercise',
	order: 'OrderExercise',
	match: 'MatchExercise',
	place2x2: 'Place2x2Exercise',
	statement: 'StatementExercise',
	chain: 'ChainExercise',
	template: 'TemplateExercise',
	rate: 'RateExercise',
	tree: 'TreeExercise',
	compute: 'ComputeExercise'
};

/** The `ex-…` classes a component's markup, and the exercise parts it uses, style. */
function classesOf(component: string, seen = new Set<string>()): string[] {
	if (seen.has(component)) return [];
	seen.add(component);
	const source = readFileSync(`${DIR}/${component}.svelte`, 'utf8');
	const own = [...source.matchAll(/class="(ex-[a-z0-9-]+)/g)].map((m) => m[1]!);
	const parts = [...source.matchAll(/import \w+ from '\.\/(\w+)\.svelte'/g)].map((m) => m[1]!);
	return [...new Set([...own, ...parts.flatMap((part) => classesOf(part, seen))])];
}

describe('exercise stylesheets', () => {
	it.each(EXERCISE_TYPES)('a %s page links the shared sheet and its own, which style every part', (type) => {
		expect(exerciseStylesheets(type)).toHaveLength(2);
		const css = ['shared', type].map((name) => readFileSync(`${DIR}/css/${name}.css`, 'utf8')).join('\n');
		const classes = classesOf(VIEWS[type]);
		expect(classes.length).toBeGreaterThan(1);
		for (const name of classes) expect(css, `.${name} for ${type}`).toContain(`.${name} `);
	});
});
