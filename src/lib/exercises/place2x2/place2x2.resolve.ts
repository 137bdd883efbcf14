import type { FieldIssue } from '../../content/content.schema';
import { SAM_AXES, SAM_QUADRANTS } from '../../method/sam';
import { duplicateIds } from '../common';
import { caseOf, type ResolveContext } from '../context';
import type { Place2x2Def } from './place2x2.def';
import type { PlaceItem, ResolvedPlace2x2 } from './place2x2.types';

/** Credit for a quadrant the case lists as partly right (one axis right, the other overdone). */
const CASE_PARTIAL_CREDIT = 0.5;

/** Turns a 2×2 placement file into a resolved exercise; the SAM grid puts cost focus across and revenue focus up. */
export function resolvePlace2x2(def: Place2x2Def, ctx: ResolveContext, issues: FieldIssue[]): ResolvedPlace2x2 {
	const quadrants = SAM_QUADRANTS.map((q) => ({ id: q.id, name: q.name, x: q.cost, y: q.revenue }));
	const known = new Set<string>(quadrants.map((q) => q.id));
	const items: PlaceItem[] = [];
	def.items.forEach((raw, i) => {
		const field = `items.${i}`;
		if (raw.sam) {
			if (raw.quadrant || raw.partial || raw.explanation) {
				return issues.push({
					field,
					message: 'quadrant, partial credit and explanation come from the case: leave them out'
				});
			}
			const hb = caseOf(def.case, ctx, issues);
			if (!hb) return;
			const partial =
				raw.sam === 'heading' ? hb.sam.headingPartial.map((q) => ({ choice: q, credit: CASE_PARTIAL_CREDIT })) : [];
			items.push({
				id: raw.id,
				text: raw.text,
				quadrant: hb.sam[raw.sam],
				partial,
				explanation: hb.sam.explanation[raw.sam]
			});
			return;
		}
		if (!raw.quadrant || !raw.explanation)
			return issues.push({ field, message: 'a profile needs its quadrant and explanation' });
		if (!known.has(raw.quadrant))
			return issues.push({ field: `${field}.quadrant`, message: `unknown quadrant ${raw.quadrant}` });
		for (const p of raw.partial ?? []) {
			if (!known.has(p.choice) || p.choice === raw.quadrant)
				issues.push({ field: `${field}.partial`, message: `not another quadrant: ${p.choice}` });
		}
		items.push({
			id: raw.id,
			text: raw.text,
			quadrant: raw.quadrant,
			partial: raw.partial ?? [],
			explanation: raw.explanation
		});
	});
	issues.push(
		...duplicateIds(
			items.map((i) => i.id),
			'items'
		)
	);
	return {
		id: def.id,
		type: 'place2x2',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		x: { name: SAM_AXES.cost, low: SAM_AXES.low, high: SAM_AXES.high },
		y: { name: SAM_AXES.revenue, low: SAM_AXES.low, high: SAM_AXES.high },
		quadrants,
		items
	};
}
