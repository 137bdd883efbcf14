import { describe, expect, it } from 'vitest';
import { orderSteps, scoreRubric, rubricTotal } from '../../../src/lib/roleplay/rubric';
import {
	gradeNineBlock,
	gradePainChain,
	gradeSam,
	gradeTim,
	gradeVision,
	nineBlockSheet,
	painChainOptions,
	timOptions,
	visionOptions
} from '../../../src/lib/roleplay/tasks';
import { whatYouMissed } from '../../../src/lib/roleplay/transcript';
import { VISION_CREATION_ORDER } from '../../../src/lib/method/nine-block';
import type { DebriefTask } from '../../../src/lib/scenarios/scenario.types';
import { play, scenario } from './load';

const yoshi = scenario('scenarios/homebody/sam-tim.yaml');
const sarah = scenario('scenarios/homebody/nine-block.yaml');
const task = <T extends DebriefTask['type']>(s: typeof yoshi, type: T) =>
	s.tasks.find((t) => t.type === type) as Extract<DebriefTask, { type: T }>;

const YOSHI_BEST = [
	'open-purpose',
	'dir-direction',
	'dir-balance',
	'dir-confirm',
	'dir-initiatives',
	'ini-cost',
	'ini-priority',
	'ini-crm',
	'crm-owner',
	'crm-why',
	'crm-back',
	'ini-summary',
	'ini-wrap',
	'close-sarah'
];

const SARAH_BEST = [
	'open-listen',
	'r1-causes',
	'r2-buying',
	'r2-service',
	'r2-cycle',
	'r3-confirm',
	'i1-who',
	'i2-cfo',
	'i2-ceo',
	'i3-confirm',
	'c1-picture',
	'c2-churn',
	'c2-patterns',
	'c2-service',
	'c3-confirm',
	'capabilities-wrap',
	'close-yoshi'
];

describe('the best paths', () => {
	it('Yoshi introduces the learner to Sarah Updown when the priority, the owner and his trust are there', () => {
		const { context } = play(yoshi, YOSHI_BEST).getSnapshot();
		expect(context.ending).toBe('introduction');
		expect(context.clock).toBeLessThanOrEqual(30);
	});

	it('Sarah takes the learner to Yoshi Goto once she has confirmed the vision', () => {
		const { context } = play(sarah, SARAH_BEST).getSnapshot();
		expect(context.ending).toBe('access-yoshi');
		expect(context.cells.slice(0, 9)).toEqual(['R1', 'R2', 'R2', 'R2', 'R3', 'I1', 'I2', 'I2', 'I3']);
	});

	it('without the priority, asking for Sarah leads nowhere', () => {
		const path = [
			'open-purpose',
			'dir-direction',
			'dir-initiatives',
			'ini-crm',
			'crm-owner',
			'crm-back',
			'ini-wrap',
			'close-sarah'
		];
		const { context } = play(yoshi, path).getSnapshot();
		expect(context.ending).toBe('polite-close');
		expect(context.transcript.find((e) => e.type === 'choice' && e.choice === 'close-sarah')).toMatchObject({
			reply: 'why-her',
			grade: 'fair'
		});
	});
});

describe('the rubric', () => {
	it('scores points, coverage, time and next step for the best Yoshi path', () => {
		const scores = Object.fromEntries(scoreRubric(play(yoshi, YOSHI_BEST).getSnapshot().context).map((s) => [s.id, s]));
		expect(scores['next-step']).toMatchObject({ score: 10, max: 10 });
		expect(scores.coverage?.detail).toEqual({ kind: 'coverage', found: 12, total: 12 });
		expect(scores.time?.detail).toMatchObject({ kind: 'time', ranOut: false });
		expect(scores['business-focus']!.score).toBe(10);
	});

	it('punishes pitches in business focus and halves the time score when the meeting runs out', () => {
		const pitchy = play(yoshi, [
			'open-pitch',
			'dir-competitor',
			'dir-leading',
			'dir-wrap',
			'close-thanks'
		]).getSnapshot().context;
		const scores = Object.fromEntries(scoreRubric(pitchy).map((s) => [s.id, s.score]));
		expect(scores['business-focus']).toBe(0);
		expect(scores.time).toBe(0);
		const slow = play(yoshi, [
			'open-smalltalk',
			'dir-market',
			'dir-customers',
			'dir-challenges',
			'dir-direction',
			'dir-balance',
			'dir-initiatives',
			'ini-products',
			'prod-why',
			'prod-owner',
			'prod-back',
			'ini-service',
			'serv-why'
		]).getSnapshot().context;
		expect(slow.ending).toBe('time-up');
		const time = scoreRubric(slow).find((s) => s.id === 'time')!;
		expect(time.detail).toEqual({ kind: 'time', goodMinutes: 27, usedMinutes: 30, ranOut: true });
		expect(time.score).toBe(Math.round((27 / 30) * 10 * 0.5));
	});

	it('scores the 9-block order step by step', () => {
		expect(
			orderSteps(['R1', 'R2', 'R3', 'I1', 'I2', 'I3', 'C1', 'C2', 'C3'], VISION_CREATION_ORDER).every((s) => s.kept)
		).toBe(true);
		const steps = orderSteps(['C1', 'R1', 'R2', 'I1'], VISION_CREATION_ORDER);
		expect(steps.map((s) => s.kept)).toEqual([true, null, null, null, null, null, null, null]);
		expect(orderSteps(['I1', 'R3', 'R1'], VISION_CREATION_ORDER)[2]).toEqual({ from: 'R3', to: 'I1', kept: false });
		const order = scoreRubric(play(sarah, SARAH_BEST).getSnapshot().context).find((s) => s.id === 'order')!;
		expect(order).toMatchObject({ score: 10, detail: { kept: 8, steps: 8 } });
	});

	it('totals the rubric as a share of all points', () => {
		expect(rubricTotal([{ score: 5, max: 10 } as never, { score: 10, max: 10 } as never])).toBe(0.75);
	});
});

describe('what you missed', () => {
	it('names the key facts not found and the question that would have found each', () => {
		const missed = whatYouMissed(
			play(yoshi, ['open-purpose', 'dir-direction', 'dir-wrap', 'close-thanks']).getSnapshot().context
		);
		expect(missed.map((m) => m.discovery)).toContain('crm-owner');
		expect(missed.find((m) => m.discovery === 'crm-owner')?.question?.id).toBe('crm-owner');
		expect(missed.find((m) => m.discovery === 'balance')?.question?.text.en).toMatch(
			/revenue or on bringing costs down/
		);
		expect(missed.find((m) => m.discovery === 'direction')).toBeUndefined();
	});

	it('tells when the question was asked but the customer held the fact back', () => {
		const path = [
			'open-pitch',
			'dir-competitor',
			'dir-initiatives',
			'ini-crm',
			'crm-owner',
			'crm-back',
			'ini-wrap',
			'close-thanks'
		];
		const context = play(yoshi, path).getSnapshot().context;
		expect(context.discoveries).not.toContain('crm-status');
		expect(
			whatYouMissed({
				...context,
				scenario: { ...yoshi, rubric: [{ ...yoshi.rubric[2]!, kind: 'coverage', of: ['crm-status'] }] as never }
			})
		).toMatchObject([{ discovery: 'crm-status', askedButWithheld: true, question: { id: 'crm-owner' } }]);
	});
});

describe('the SAM task', () => {
	it('gives full credit for the key, half for the partial heading, none for a wrong quadrant, each with a reason', () => {
		expect(gradeSam(yoshi, { current: 'laggard', heading: 'dominator' })).toMatchObject({ score: 2, max: 2 });
		const partial = gradeSam(yoshi, { current: 'efficient', heading: 'leader' });
		expect(partial.score).toBe(0.5);
		expect(partial.items.map((i) => [i.id, i.verdict, i.reason.code])).toEqual([
			['current', 'wrong', 'sam-wrong'],
			['heading', 'partial', 'sam-partial']
		]);
		expect(partial.items[0]!.reason.values).toMatchObject({
			chosen: { en: 'Operationally efficient' },
			key: { en: 'Industry laggard' }
		});
		expect(gradeSam(yoshi, { current: null, heading: 'laggard' }).items.map((i) => i.verdict)).toEqual([
			'missing',
			'wrong'
		]);
	});
});

describe('the TIM task', () => {
	const context = play(yoshi, YOSHI_BEST).getSnapshot().context;
	const tim = task(yoshi, 'tim');

	it('offers a row for each initiative heard, and the activities and reasons heard plus distractors', () => {
		const options = timOptions(context, tim);
		expect(options.rows.map((r) => r.initiative)).toEqual([
			'crm-loyalty',
			'faster-products',
			'service-level',
			'cee-share',
			'supply-chain',
			'procurement'
		]);
		expect(options.activities.map((a) => a.id).sort()).toEqual([
			'crm-loyalty',
			'd:cut-sales-force',
			'd:new-headquarters',
			'd:replace-mainframes'
		]);
		expect(options.reasons.map((a) => a.id).sort()).toEqual(['crm-loyalty', 'd:board-likes-tech', 'd:old-systems']);
	});

	it('grades each facet with partial credit for a priority one place off', () => {
		const result = gradeTim(context, tim, {
			'crm-loyalty': { activity: 'crm-loyalty', focus: 'revenue', priority: 1, reason: 'crm-loyalty' },
			'faster-products': { activity: 'd:replace-mainframes', focus: 'cost', priority: 3, reason: null },
			'supply-chain': { activity: 'crm-loyalty', focus: 'cost', priority: 5, reason: 'd:old-systems' }
		});
		const verdict = (id: string) => result.items.find((i) => i.id === id);
		expect(['activity', 'focus', 'priority', 'reason'].map((f) => verdict(`crm-loyalty.${f}`)?.verdict)).toEqual([
			'right',
			'right',
			'right',
			'right'
		]);
		expect(verdict('faster-products.activity')).toMatchObject({ verdict: 'wrong', reason: { code: 'tim-never-said' } });
		expect(verdict('faster-products.focus')).toMatchObject({ verdict: 'wrong', reason: { code: 'tim-focus-revenue' } });
		expect(verdict('faster-products.priority')).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(verdict('faster-products.reason')).toMatchObject({
			verdict: 'missing',
			reason: { code: 'tim-reason-not-asked' }
		});
		expect(verdict('supply-chain.activity')).toMatchObject({
			verdict: 'wrong',
			reason: { code: 'tim-other-initiative' }
		});
		expect(verdict('supply-chain.reason')).toMatchObject({ verdict: 'wrong', reason: { code: 'tim-never-said' } });
		expect(result.max).toBe(24);
		expect(result.score).toBe(4 + 0.5 + 1 + 1);
	});

	it('scores initiatives never heard about as missing', () => {
		const early = play(yoshi, ['open-purpose', 'dir-direction', 'dir-initiatives']).getSnapshot().context;
		const result = gradeTim(early, tim, {});
		expect(result.items.filter((i) => i.id.startsWith('procurement')).map((i) => i.reason.code)).toEqual([
			'tim-not-found',
			'tim-not-found',
			'tim-not-found',
			'tim-not-found'
		]);
	});
});

describe('the 9-block sheet', () => {
	it('numbers each question in its cell in the order asked', () => {
		const sheet = nineBlockSheet(play(sarah, SARAH_BEST).getSnapshot().context);
		expect(sheet.R2.map((q) => q.number)).toEqual([2, 3, 4]);
		expect(sheet.C3.map((q) => q.choice)).toEqual(['c3-confirm']);
	});

	it('gives full marks to the best path and explains empty cells and reversed steps', () => {
		expect(gradeNineBlock(play(sarah, SARAH_BEST).getSnapshot().context, task(sarah, 'nine-block'))).toMatchObject({
			score: 17,
			max: 17
		});
		const jumpy = play(sarah, [
			'open-pitch',
			'c1-vendor',
			'c2-servers',
			'impact-from-c',
			'i2-coo',
			'reasons-again',
			'r1-blame'
		]).getSnapshot().context;
		const result = gradeNineBlock(jumpy, task(sarah, 'nine-block'));
		const byId = Object.fromEntries(result.items.map((i) => [i.id, i]));
		expect(byId['cell.C1']).toMatchObject({ verdict: 'wrong', reason: { code: 'nb-cell-poor' } });
		expect(byId['cell.R3']).toMatchObject({
			verdict: 'missing',
			reason: { code: 'nb-cell-empty', values: { example: { en: expect.stringMatching(/So the causes are/) } } }
		});
		expect(byId['cell.I2']).toMatchObject({ verdict: 'right' });
		expect(byId['order.I3']).toMatchObject({ verdict: 'missing' });
		expect(byId['order.C1']).toMatchObject({ verdict: 'right', reason: { code: 'nb-order-kept' } });
	});
});

describe('the pain chain', () => {
	const context = play(sarah, SARAH_BEST).getSnapshot().context;
	const chain = task(sarah, 'pain-chain');

	it('offers the reasons Sarah gave plus distractors, and asks for three steps up to the CEO', () => {
		const options = painChainOptions(context, chain);
		expect(options.reasons.map((r) => r.id).sort()).toEqual([
			'd:old-software',
			'd:prices-too-high',
			'sm-buying',
			'sm-cycle',
			'sm-loyalty',
			'sm-service'
		]);
		expect(options.levels).toBe(3);
		expect(options.pain.en).toBe('Market share is shrinking');
	});

	it('grades reasons, links and the chain up, and takes a point for an invented reason', () => {
		const result = gradePainChain(context, chain, {
			reasons: ['sm-loyalty', 'sm-buying', 'sm-service', 'd:prices-too-high'],
			links: { 'sm-loyalty': 'none', 'sm-buying': 'susan-notetaker', 'sm-service': 'jose-makit' },
			up: ['yoshi-goto', 'boris-balance', null]
		});
		const byId = Object.fromEntries(result.items.map((i) => [i.id, i]));
		expect(byId['reason.sm-cycle']).toMatchObject({ verdict: 'wrong', reason: { code: 'pc-reason-left-out' } });
		expect(byId['link.sm-loyalty']).toMatchObject({ verdict: 'right', reason: { code: 'pc-link-end' } });
		expect(byId['link.sm-buying']).toMatchObject({ verdict: 'right' });
		expect(byId['link.sm-service']).toMatchObject({
			verdict: 'wrong',
			reason: { code: 'pc-link-wrong', values: { key: 'Steve Panic' } }
		});
		expect(byId['invented.d:prices-too-high']).toMatchObject({ score: -1, max: 0 });
		expect(byId['up.2']).toMatchObject({ verdict: 'missing', reason: { values: { key: 'Wolfgang Overall' } } });
		expect(result.max).toBe(11);
		expect(result.score).toBe(3 + 2 - 1 + 2);
	});
});

describe('the vision statement', () => {
	const context = play(sarah, SARAH_BEST).getSnapshot().context;
	const vision = task(sarah, 'vision');

	it('offers a row per reason and the capabilities Sarah agreed to plus products', () => {
		const options = visionOptions(context, vision);
		expect(options.rows.map((r) => r.reason)).toEqual([
			'reason-loyalty',
			'reason-buying',
			'reason-service',
			'reason-cycle'
		]);
		expect(options.capabilities.map((c) => c.id).sort()).toEqual([
			'cap-churn',
			'cap-patterns',
			'cap-service',
			'd:discount',
			'd:servers'
		]);
	});

	it('grades each pair, the people who gain and the confirmation, with reasons', () => {
		const result = gradeVision(context, vision, {
			capabilities: {
				'reason-loyalty': 'cap-churn',
				'reason-buying': 'd:servers',
				'reason-service': 'cap-patterns',
				'reason-cycle': null
			},
			impact: ['yoshi-goto', 'boris-balance', 'tony-technology']
		});
		const byId = Object.fromEntries(result.items.map((i) => [i.id, i]));
		expect(byId['pair.reason-loyalty']?.verdict).toBe('right');
		expect(byId['pair.reason-buying']).toMatchObject({ verdict: 'wrong', reason: { code: 'vision-product' } });
		expect(byId['pair.reason-service']).toMatchObject({ verdict: 'wrong', reason: { code: 'vision-other' } });
		expect(byId['pair.reason-cycle']).toMatchObject({ verdict: 'missing', reason: { code: 'vision-not-agreed' } });
		expect(byId['impact.wolfgang-overall']?.verdict).toBe('missing');
		expect(byId['extra.tony-technology']).toMatchObject({ score: -1 });
		expect(byId.confirmed?.verdict).toBe('right');
		expect(result).toMatchObject({ score: 1 + 2 - 1 + 1, max: 8 });
	});
});
