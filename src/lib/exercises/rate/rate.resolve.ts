import type { FieldIssue } from '../../content/content.schema';
import { TAS_CRITERIA, TAS_QUESTIONS, TAS_RATINGS } from '../../method/tas';
import type { ResolveContext } from '../context';
import type { RateDef } from './rate.def';
import type { RateCriterion, ResolvedRate } from './rate.types';

/** The credit for a rating within the tolerance. */
export const TOLERANCE_CREDIT = 0.5;

const SYMBOLS: Record<string, string> = { '+': '+', '-': '−', '?': '?' };

/** Turns a rating file into a resolved exercise with the method's twenty criteria. */
export function resolveRate(def: RateDef, _ctx: ResolveContext, issues: FieldIssue[]): ResolvedRate {
	const criteria: RateCriterion[] = [];
	for (const method of TAS_CRITERIA) {
		const rated = def.criteria.filter((c) => c.number === method.number);
		if (rated.length !== 1) {
			issues.push({ field: 'criteria', message: `criterion ${method.number} must be rated exactly once` });
			continue;
		}
		const [c] = rated as [RateDef['criteria'][number]];
		if (c.accept?.includes(c.rating))
			issues.push({ field: `criteria.${method.number}.accept`, message: 'the key itself needs no tolerance' });
		criteria.push({
			id: `c${method.number}`,
			number: method.number,
			question: method.question,
			name: method.name,
			unfavourable: method.unfavourable,
			favourable: method.favourable,
			key: c.rating,
			partial: (c.accept ?? []).map((choice) => ({ choice, credit: TOLERANCE_CREDIT })),
			explanation: c.explanation
		});
	}
	return {
		id: def.id,
		type: 'rate',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		moment: def.moment,
		questions: TAS_QUESTIONS.map((q) => ({ id: q.id, text: q.name })),
		ratings: TAS_RATINGS.map((r) => ({ id: r.id, text: r.name, symbol: SYMBOLS[r.id] })),
		criteria
	};
}
