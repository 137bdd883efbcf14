import type { FieldIssue } from '../../content/content.schema';
import { VISION_CREATION_ORDER, VISION_REENGINEERING_ORDER } from '../../method/nine-block';
import { duplicateIds, own } from '../common';
import { caseOf, nineBlockCellName, type ResolveContext } from '../context';
import type { OrderDef } from './order.def';
import type { OrderItem, ResolvedOrder } from './order.types';

/** Turns an order file into a resolved exercise. */
export function resolveOrder(def: OrderDef, ctx: ResolveContext, issues: FieldIssue[]): ResolvedOrder {
	const items: OrderItem[] = [];
	if (def.source === 'evaluation-plan') {
		if (def.items?.length) issues.push({ field: 'items', message: 'the steps come from the case: leave items out' });
		if (!def.markLabel)
			issues.push({ field: 'markLabel', message: 'the evaluation plan marks its go/no-go points: name the mark' });
		const hb = caseOf(def.case, ctx, issues);
		const weeks: string[] = [];
		for (const event of hb?.evaluationPlan ?? []) {
			if (!weeks.includes(event.week.en)) weeks.push(event.week.en);
			const explanation = own(def.explanations, event.id);
			if (!explanation) issues.push({ field: `explanations.${event.id}`, message: 'every event needs an explanation' });
			items.push({
				id: event.id,
				text: event.event,
				rank: weeks.length,
				mark: event.stars > 0,
				slot: { en: `Week: ${event.week.en}`, zh: `时间：${event.week.zh}` },
				explanation: explanation ?? { en: '', zh: '' }
			});
		}
		for (const id of Object.keys(def.explanations ?? {})) {
			if (!items.some((i) => i.id === id))
				issues.push({ field: `explanations.${id}`, message: 'no such event in the case' });
		}
	} else {
		const order = def.sequence === 'reengineering' ? VISION_REENGINEERING_ORDER : VISION_CREATION_ORDER;
		(def.items ?? []).forEach((raw, i) => {
			const field = `items.${i}`;
			let rank = raw.rank;
			let slot = rank ? { en: `Step ${rank}`, zh: `第 ${rank} 步` } : undefined;
			if (def.sequence) {
				if (!raw.cell || raw.rank)
					return issues.push({ field, message: 'in a vision order, give each question its cell, not a rank' });
				rank = order.indexOf(raw.cell) + 1;
				const name = nineBlockCellName(raw.cell);
				slot = { en: `Step ${rank}: ${raw.cell}, ${name.en}`, zh: `第 ${rank} 步：${raw.cell}（${name.zh}）` };
			}
			if (!rank || !slot) return issues.push({ field, message: 'every step needs a rank' });
			if (raw.mark && !def.markLabel) issues.push({ field, message: 'a marked step needs markLabel on the exercise' });
			items.push({ id: raw.id, text: raw.text, rank, mark: raw.mark ?? false, slot, explanation: raw.explanation });
		});
		if (def.sequence)
			issues.push(
				...duplicateIds(
					items.map((i) => String(i.rank)),
					'items (cell)'
				)
			);
	}
	if (items.length < 2) issues.push({ field: 'items', message: 'an order needs at least two steps' });
	issues.push(
		...duplicateIds(
			items.map((i) => i.id),
			'items'
		)
	);
	items.sort((a, b) => a.rank - b.rank);
	return {
		id: def.id,
		type: 'order',
		order: def.order,
		title: def.title,
		instructions: def.instructions,
		note: def.note,
		items,
		markLabel: def.markLabel
	};
}
