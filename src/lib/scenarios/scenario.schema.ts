import * as v from 'valibot';
import { Id, LocalizedSchema } from '../content/content.schema';
import { NINE_BLOCK_CELLS, type NineBlockCell } from '../method/nine-block';
import { TOPICS, type Condition } from './scenario.types';

const IdList = v.union([Id, v.pipe(v.array(Id), v.minLength(1))], 'an id or a list of ids');
const Int = v.pipe(v.number(), v.integer('must be a whole number'));
const NonNegative = v.pipe(Int, v.minValue(0));

/** A condition as written in a scenario file: single ids may stand for one-item lists. */
export type RawCondition =
	| { discovered: string | string[] }
	| { notDiscovered: string | string[] }
	| { asked: string | string[] }
	| { notAsked: string | string[] }
	| { count: { of: string[]; atLeast: number } }
	| { meter: string; atLeast?: number; atMost?: number }
	| { clock: { atLeast?: number; atMost?: number } }
	| { cell: NineBlockCell }
	| { all: RawCondition[] }
	| { any: RawCondition[] }
	| { not: RawCondition };

/** The schema of a condition; the message lists the accepted shapes. */
export const ConditionSchema: v.GenericSchema<RawCondition> = v.lazy(() =>
	v.union(
		[
			v.strictObject({ discovered: IdList }),
			v.strictObject({ notDiscovered: IdList }),
			v.strictObject({ asked: IdList }),
			v.strictObject({ notAsked: IdList }),
			v.strictObject({
				count: v.strictObject({ of: v.pipe(v.array(Id), v.minLength(1)), atLeast: v.pipe(Int, v.minValue(1)) })
			}),
			v.pipe(
				v.strictObject({ meter: Id, atLeast: v.optional(Int), atMost: v.optional(Int) }),
				v.check((c) => c.atLeast !== undefined || c.atMost !== undefined, 'a meter condition needs atLeast or atMost')
			),
			v.pipe(
				v.strictObject({
					clock: v.strictObject({ atLeast: v.optional(NonNegative), atMost: v.optional(NonNegative) })
				}),
				v.check(
					(c) => c.clock.atLeast !== undefined || c.clock.atMost !== undefined,
					'a clock condition needs atLeast or atMost'
				)
			),
			v.strictObject({ cell: v.picklist(NINE_BLOCK_CELLS) }),
			v.strictObject({ all: v.pipe(v.array(ConditionSchema), v.minLength(1)) }),
			v.strictObject({ any: v.pipe(v.array(ConditionSchema), v.minLength(1)) }),
			v.strictObject({ not: ConditionSchema })
		],
		'a condition is one of: discovered, notDiscovered, asked, notAsked, count, meter, clock, cell, all, any, not'
	)
);

const EffectsSchema = v.strictObject({
	meters: v.optional(v.record(Id, Int), {}),
	reveal: v.optional(v.array(Id), []),
	points: v.optional(v.record(Id, Int), {})
});

const FeedbackSchema = v.strictObject({
	grade: v.picklist(['good', 'fair', 'poor']),
	text: LocalizedSchema
});

const LineVariantSchema = v.strictObject({ id: Id, if: v.optional(ConditionSchema), text: LocalizedSchema });

const ReplyVariantSchema = v.strictObject({
	id: Id,
	if: v.optional(ConditionSchema),
	text: LocalizedSchema,
	effects: v.optional(EffectsSchema),
	feedback: v.optional(FeedbackSchema)
});

const EndVariantSchema = v.strictObject({ if: v.optional(ConditionSchema), ending: Id });

const ChoiceSchema = v.strictObject({
	id: Id,
	text: LocalizedSchema,
	kind: v.picklist(['open', 'control', 'confirm', 'statement', 'pitch']),
	column: v.optional(v.picklist(['R', 'I', 'C'])),
	topic: v.picklist(TOPICS),
	minutes: v.pipe(Int, v.minValue(1, 'every choice takes at least one minute, so that every meeting ends')),
	if: v.optional(ConditionSchema),
	repeat: v.optional(v.boolean(), false),
	effects: v.optional(EffectsSchema),
	feedback: FeedbackSchema,
	reply: v.optional(LocalizedSchema),
	replies: v.optional(v.pipe(v.array(ReplyVariantSchema), v.minLength(1))),
	next: v.optional(Id),
	end: v.optional(v.union([Id, v.pipe(v.array(EndVariantSchema), v.minLength(1))]))
});

const NodeSchema = v.strictObject({
	id: Id,
	speaker: v.optional(Id),
	line: v.optional(LocalizedSchema),
	lines: v.optional(v.pipe(v.array(LineVariantSchema), v.minLength(1))),
	choices: v.pipe(v.array(ChoiceSchema), v.minLength(1, 'a node needs at least one choice'))
});

const DistractorSchema = v.strictObject({ id: Id, text: LocalizedSchema });
const Distractors = v.optional(v.array(DistractorSchema), []);

const TaskSchema = v.variant('type', [
	v.strictObject({ type: v.literal('sam') }),
	v.strictObject({ type: v.literal('tim'), activityDistractors: Distractors, reasonDistractors: Distractors }),
	v.strictObject({
		type: v.literal('nine-block'),
		order: v.optional(v.picklist(['creation', 'reengineering']), 'creation')
	}),
	v.strictObject({ type: v.literal('pain-chain'), reasonDistractors: Distractors }),
	v.strictObject({
		type: v.literal('vision'),
		pairs: v.pipe(v.array(v.strictObject({ reason: Id, capability: Id })), v.minLength(1)),
		capabilityDistractors: Distractors,
		confirmedBy: Id,
		impact: v.pipe(v.array(Id), v.minLength(1))
	})
]);

const RubricSchema = v.variant('kind', [
	v.strictObject({
		id: Id,
		label: LocalizedSchema,
		description: LocalizedSchema,
		max: v.pipe(Int, v.minValue(1)),
		kind: v.literal('points')
	}),
	v.strictObject({
		id: Id,
		label: LocalizedSchema,
		description: LocalizedSchema,
		max: v.pipe(Int, v.minValue(1)),
		kind: v.literal('coverage'),
		of: v.pipe(v.array(Id), v.minLength(1))
	}),
	v.strictObject({
		id: Id,
		label: LocalizedSchema,
		description: LocalizedSchema,
		max: v.pipe(Int, v.minValue(1)),
		kind: v.literal('time')
	}),
	v.strictObject({
		id: Id,
		label: LocalizedSchema,
		description: LocalizedSchema,
		max: v.pipe(Int, v.minValue(1)),
		kind: v.literal('order'),
		order: v.picklist(['creation', 'reengineering'])
	})
]);

/** `scenarios/<case>/<scenario>.yaml`: one role-play, as its author writes it. */
export const ScenarioFileSchema = v.strictObject({
	id: Id,
	case: Id,
	module: Id,
	draft: v.optional(v.boolean(), false),
	title: LocalizedSchema,
	summary: LocalizedSchema,
	learnerRole: LocalizedSchema,
	customer: Id,
	minutes: v.pipe(Int, v.minValue(5), v.maxValue(240)),
	briefing: v.strictObject({
		situation: LocalizedSchema,
		objectives: v.pipe(v.array(v.strictObject({ id: Id, text: LocalizedSchema })), v.minLength(1))
	}),
	meters: v.pipe(
		v.array(
			v.strictObject({ id: Id, label: LocalizedSchema, start: Int, min: v.optional(Int, 0), max: v.optional(Int, 100) })
		),
		v.minLength(1)
	),
	endWhen: v.optional(v.array(v.strictObject({ if: ConditionSchema, ending: Id })), []),
	timeUp: Id,
	rubric: v.pipe(v.array(RubricSchema), v.minLength(1)),
	discoveries: v.array(
		v.strictObject({
			id: Id,
			note: v.optional(LocalizedSchema),
			initiative: v.optional(Id),
			facet: v.optional(v.picklist(['result', 'activity', 'priority', 'owner', 'reason'])),
			painReason: v.optional(Id),
			person: v.optional(Id)
		})
	),
	endings: v.pipe(
		v.array(
			v.strictObject({
				id: Id,
				kind: v.picklist(['customer-ends', 'time-up', 'closed-no-step', 'closed-next-step']),
				title: LocalizedSchema,
				line: LocalizedSchema,
				summary: LocalizedSchema,
				points: v.optional(v.record(Id, Int), {})
			})
		),
		v.minLength(1)
	),
	start: Id,
	nodes: v.pipe(v.array(NodeSchema), v.minLength(1)),
	debrief: v.optional(v.strictObject({ tasks: v.array(TaskSchema) }), { tasks: [] })
});

/** A scenario file as parsed, before its ids are checked and its shorthands expanded. */
export type ScenarioFile = v.InferOutput<typeof ScenarioFileSchema>;

/** Turns a written condition into its canonical form (every id list a list). */
export function normalizeCondition(raw: RawCondition): Condition {
	const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
	if ('discovered' in raw) return { discovered: list(raw.discovered) };
	if ('notDiscovered' in raw) return { notDiscovered: list(raw.notDiscovered) };
	if ('asked' in raw) return { asked: list(raw.asked) };
	if ('notAsked' in raw) return { notAsked: list(raw.notAsked) };
	if ('count' in raw) return { count: { of: [...raw.count.of], atLeast: raw.count.atLeast } };
	if ('meter' in raw) return { ...raw };
	if ('clock' in raw) return { clock: { ...raw.clock } };
	if ('cell' in raw) return { cell: raw.cell };
	if ('all' in raw) return { all: raw.all.map(normalizeCondition) };
	if ('any' in raw) return { any: raw.any.map(normalizeCondition) };
	return { not: normalizeCondition(raw.not) };
}
