import * as m from '$lib/paraglide/messages';
import type { ExerciseType } from '$lib/exercises/exercise.schema';

/** The name of each exercise type, as shown on exercise lists and pages. */
export const TYPE_NAMES: Record<ExerciseType, typeof m.ex_type_classify> = {
	classify: m.ex_type_classify,
	order: m.ex_type_order,
	match: m.ex_type_match,
	place2x2: m.ex_type_place2x2,
	statement: m.ex_type_statement,
	chain: m.ex_type_chain,
	template: m.ex_type_template,
	rate: m.ex_type_rate,
	tree: m.ex_type_tree,
	compute: m.ex_type_compute
};
