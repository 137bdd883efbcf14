import type { FieldIssue } from '../content/content.schema';
import { resolveChain } from './chain/chain.resolve';
import { resolveClassify } from './classify/classify.resolve';
import { resolveCompute } from './compute/compute.resolve';
import type { ResolveContext } from './context';
import type { Exercise } from './exercise.schema';
import { resolveMatch } from './match/match.resolve';
import { resolveOrder } from './order/order.resolve';
import { resolvePlace2x2 } from './place2x2/place2x2.resolve';
import { resolveRate } from './rate/rate.resolve';
import type { ResolvedExercise } from './resolved';
import { resolveStatement } from './statement/statement.resolve';
import { resolveTemplate } from './template/template.resolve';
import { resolveTree } from './tree/tree.resolve';

/**
 * Turns an exercise file into the exercise a learner runs, taking case facts and method steps from
 * the context, and reports every reference that does not fit. Pure; runs at build time.
 */
export function resolveExercise(
	def: Exercise,
	ctx: ResolveContext
): { exercise: ResolvedExercise; issues: FieldIssue[] } {
	const issues: FieldIssue[] = [];
	const exercise = ((): ResolvedExercise => {
		switch (def.type) {
			case 'classify':
				return resolveClassify(def, ctx, issues);
			case 'order':
				return resolveOrder(def, ctx, issues);
			case 'match':
				return resolveMatch(def, ctx, issues);
			case 'place2x2':
				return resolvePlace2x2(def, ctx, issues);
			case 'statement':
				return resolveStatement(def, ctx, issues);
			case 'chain':
				return resolveChain(def, ctx, issues);
			case 'template':
				return resolveTemplate(def, ctx, issues);
			case 'rate':
				return resolveRate(def, ctx, issues);
			case 'tree':
				return resolveTree(def, ctx, issues);
			case 'compute':
				return resolveCompute(def, ctx, issues);
		}
	})();
	return { exercise, issues };
}
