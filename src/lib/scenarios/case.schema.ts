import * as v from 'valibot';
import { Id, LocalizedSchema, Text } from '../content/content.schema';
import { ISC_AREA_IDS } from '../method/isc';

const PersonId = Id;
const LocalizedList = v.pipe(v.array(LocalizedSchema), v.minLength(1));
const Range = v.pipe(
	v.tuple([v.number(), v.number()]),
	v.check(([a, b]) => a <= b, 'a range runs from low to high')
);

/** `scenarios/<case>/case.yaml`: the facts of a case company. */
export const CaseFileSchema = v.strictObject({
	id: Id,
	name: LocalizedSchema,
	shortName: LocalizedSchema,
	industry: LocalizedSchema,
	people: v.pipe(
		v.array(
			v.strictObject({
				id: PersonId,
				name: Text,
				title: LocalizedSchema,
				short: LocalizedSchema,
				reportsTo: v.nullable(PersonId)
			})
		),
		v.minLength(1)
	),
	pains: v.array(
		v.strictObject({
			person: PersonId,
			pain: LocalizedSchema,
			derived: v.optional(v.boolean(), false),
			reasons: v.pipe(
				v.array(v.strictObject({ id: Id, text: LocalizedSchema, leadsTo: v.optional(PersonId) })),
				v.minLength(1)
			)
		})
	),
	initiatives: v.array(
		v.strictObject({
			id: Id,
			focus: v.picklist(['revenue', 'cost']),
			priority: v.pipe(v.number(), v.integer(), v.minValue(1)),
			owner: PersonId,
			result: LocalizedSchema,
			activity: LocalizedSchema,
			compellingReason: LocalizedSchema,
			status: v.optional(LocalizedSchema),
			derived: v.optional(v.boolean(), false)
		})
	),
	sam: v.strictObject({
		current: v.picklist(['laggard', 'efficient', 'dominator', 'leader']),
		heading: v.picklist(['laggard', 'efficient', 'dominator', 'leader']),
		headingPartial: v.array(v.picklist(['laggard', 'efficient', 'dominator', 'leader'])),
		explanation: v.strictObject({ current: LocalizedSchema, heading: LocalizedSchema })
	}),
	orgMap: v.array(
		v.strictObject({
			person: PersonId,
			role: v.picklist(['A', 'D', 'E', 'U']),
			adaptability: v.picklist(['I', 'V', 'P', 'C', 'L']),
			attitude: v.picklist(['sponsor', 'supporter', 'neutral', 'non-supporter', 'enemy']),
			coverage: v.picklist(['none', 'little', 'several', 'deep']),
			political: v.boolean(),
			innerCircle: v.boolean(),
			keyDecisionMaker: v.optional(v.boolean(), false)
		})
	),
	technology: v.array(
		v.strictObject({ area: v.picklist(ISC_AREA_IDS), general: LocalizedList, specific: LocalizedList })
	),
	iscBridge: v.array(
		v.strictObject({
			area: v.picklist(ISC_AREA_IDS),
			requirement: LocalizedSchema,
			designs: v.pipe(
				v.array(v.strictObject({ en: Text, zh: Text, recommended: v.optional(v.boolean(), false) })),
				v.minLength(1)
			)
		})
	),
	preliminarySolution: v.strictObject({
		applications: LocalizedList,
		systems: LocalizedList,
		management: LocalizedList,
		services: LocalizedList,
		valuePerYearMillionsUsd: Range,
		investmentMillionsUsd: Range,
		monthsToImplement: Range
	}),
	valueStatement: v.strictObject({
		capabilities: LocalizedList,
		outcomes: v.array(v.strictObject({ id: Id, en: Text, zh: Text }))
	}),
	evaluationPlan: v.array(
		v.strictObject({
			id: Id,
			week: LocalizedSchema,
			who: v.picklist(['ibm', 'joint', 'homebody']),
			stars: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2)),
			event: LocalizedSchema
		})
	),
	investment: v.strictObject({
		hardware: v.strictObject({ amount: v.number(), items: LocalizedList }),
		software: v.strictObject({ amount: v.number(), items: LocalizedList }),
		services: v.strictObject({ amount: v.number(), items: LocalizedList }),
		benefitAssumption: LocalizedSchema,
		benefits: v.array(
			v.strictObject({
				id: Id,
				label: LocalizedSchema,
				quarters: v.pipe(v.array(v.number()), v.length(8, 'one figure per quarter, 1Q to 8Q'))
			})
		)
	}),
	derivedNotes: LocalizedSchema
});

/** A case company with its people, pains, initiatives and answer keys. */
export type CaseFile = v.InferOutput<typeof CaseFileSchema>;
/** A person of a case company. */
export type CasePerson = CaseFile['people'][number];
/** A business initiative of a case company. */
export type CaseInitiative = CaseFile['initiatives'][number];
