import type { Localized } from '../i18n/locale';
import { NINE_BLOCK_CELLS, type NineBlockCell } from '../method/nine-block';
import { samQuadrant, type SamQuadrantId } from '../method/sam';
import type { DebriefTask, Grade, Scenario } from '../scenarios/scenario.types';
import { cellOf, choiceOf, orderKey, type DialogueContext } from './dialogue-rules';
import { nineBlockOrder, orderSteps } from './rubric';
import { noteOf } from './transcript';

/** How one item of a task was judged. */
export type Verdict = 'right' | 'partial' | 'wrong' | 'missing';

/**
 * Why an item got its verdict: a code the player turns into a sentence (`rp_reason_<code>`), with
 * the texts and numbers that sentence needs.
 */
export interface Reason {
	/** Which explanation. */
	code: string;
	/** Its placeholders: plain values, or texts in both languages. */
	values?: Record<string, string | number | Localized>;
	/** A longer explanation from the case, when there is one. */
	explanation?: Localized;
}

/** One graded item of a task. */
export interface ItemResult {
	/** Stable id within the task, e.g. `crm-loyalty.activity`. */
	id: string;
	/** What the item is, in both languages. */
	label: Localized;
	/** Right, partly right, wrong, or missing. */
	verdict: Verdict;
	/** Points earned (negative for an invented answer). */
	score: number;
	/** Points available. */
	max: number;
	/** Why. */
	reason: Reason;
}

/** A graded task. */
export interface TaskResult {
	/** The task's type. */
	task: DebriefTask['type'];
	/** Points earned, never below 0. */
	score: number;
	/** Points available. */
	max: number;
	/** Each item with its verdict. */
	items: ItemResult[];
}

/** An option a learner can pick. */
export interface Option {
	/** The option's id: a case or scenario id, or `d:<id>` for a distractor. */
	id: string;
	/** Its text. */
	text: Localized;
}

function result(task: DebriefTask['type'], items: ItemResult[]): TaskResult {
	const score = Math.max(
		0,
		items.reduce((s, i) => s + i.score, 0)
	);
	return { task, score, max: items.reduce((s, i) => s + i.max, 0), items };
}

function item(
	id: string,
	label: Localized,
	verdict: Verdict,
	max: number,
	reason: Reason,
	score = verdict === 'right' ? max : verdict === 'partial' ? max / 2 : 0
): ItemResult {
	return { id, label, verdict, score, max, reason };
}

const shuffle = (seed: number, options: Option[]) =>
	[...options].sort((a, b) => orderKey(seed, a.id) - orderKey(seed, b.id));

const discovered = (context: DialogueContext, id: string) => context.discoveries.includes(id);

function discoveryFor(scenario: Scenario, initiative: string, facet: string) {
	return scenario.discoveries.find((d) => d.initiative === initiative && d.facet === facet)?.id;
}

// ─── SAM ───────────────────────────────────────────────────────────────────────────────────────

/** The learner's SAM placement: where the company is and where it is heading. */
export interface SamAnswer {
	/** The quadrant it is in today. */
	current: SamQuadrantId | null;
	/** The quadrant it is heading for. */
	heading: SamQuadrantId | null;
}

/** Grades a SAM placement against the case: the heading may earn half for a neighbouring quadrant the key allows. */
export function gradeSam(scenario: Scenario, answer: SamAnswer): TaskResult {
	const key = scenario.answerKey.sam!;
	const name = (id: SamQuadrantId) => samQuadrant(id).name;
	const items: ItemResult[] = [];
	const current = { en: 'Where Homebody is today', zh: 'Homebody 目前所处位置' };
	const heading = { en: 'Where Homebody is heading', zh: 'Homebody 的前进方向' };
	if (!answer.current) items.push(item('current', current, 'missing', 1, { code: 'not-answered' }));
	else if (answer.current === key.current) {
		items.push(item('current', current, 'right', 1, { code: 'sam-right', explanation: key.explanation.current }));
	} else {
		items.push(
			item('current', current, 'wrong', 1, {
				code: 'sam-wrong',
				values: { chosen: name(answer.current), key: name(key.current) },
				explanation: key.explanation.current
			})
		);
	}
	if (!answer.heading) items.push(item('heading', heading, 'missing', 1, { code: 'not-answered' }));
	else if (answer.heading === key.heading) {
		items.push(item('heading', heading, 'right', 1, { code: 'sam-right', explanation: key.explanation.heading }));
	} else if (key.headingPartial.includes(answer.heading)) {
		items.push(
			item('heading', heading, 'partial', 1, {
				code: 'sam-partial',
				values: { chosen: name(answer.heading), key: name(key.heading) },
				explanation: key.explanation.heading
			})
		);
	} else {
		items.push(
			item('heading', heading, 'wrong', 1, {
				code: 'sam-wrong',
				values: { chosen: name(answer.heading), key: name(key.heading) },
				explanation: key.explanation.heading
			})
		);
	}
	return result('sam', items);
}

// ─── TIM ───────────────────────────────────────────────────────────────────────────────────────

/** One row of the learner's TIM table. */
export interface TimRow {
	/** The planned activity picked (an initiative id or `d:<distractor>`), or null. */
	activity: string | null;
	/** Revenue or cost focus, or null. */
	focus: 'revenue' | 'cost' | null;
	/** Priority 1 to n, or null. */
	priority: number | null;
	/** The compelling reason picked (an initiative id or `d:<distractor>`), or null. */
	reason: string | null;
}

/** The learner's TIM table: a row per initiative they heard about. */
export type TimAnswer = Record<string, TimRow>;

/** What the TIM task offers: a row per initiative heard about, and the options from the notes plus distractors. */
export interface TimOptions {
	/** One row per initiative whose desired result was heard, in the order heard. */
	rows: { initiative: string; result: Localized }[];
	/** Planned activities heard, and some never said. */
	activities: Option[];
	/** Compelling reasons heard, and some never given. */
	reasons: Option[];
	/** How many initiatives the key has (the priorities run from 1 to this). */
	count: number;
}

/** The rows and options of the TIM task for a meeting. */
export function timOptions(context: DialogueContext, task: Extract<DebriefTask, { type: 'tim' }>): TimOptions {
	const { scenario } = context;
	const key = scenario.answerKey.initiatives!;
	const heard = (initiative: string, facet: string) => {
		const id = discoveryFor(scenario, initiative, facet);
		return id !== undefined && discovered(context, id);
	};
	const order = (initiative: string) => context.discoveries.indexOf(discoveryFor(scenario, initiative, 'result') ?? '');
	return {
		rows: key
			.filter((i) => heard(i.id, 'result'))
			.sort((a, b) => order(a.id) - order(b.id))
			.map((i) => ({ initiative: i.id, result: i.result })),
		activities: shuffle(context.seed, [
			...key.filter((i) => heard(i.id, 'activity')).map((i) => ({ id: i.id, text: i.activity })),
			...task.activityDistractors.map((d) => ({ id: `d:${d.id}`, text: d.text }))
		]),
		reasons: shuffle(context.seed, [
			...key.filter((i) => heard(i.id, 'reason')).map((i) => ({ id: i.id, text: i.compellingReason })),
			...task.reasonDistractors.map((d) => ({ id: `d:${d.id}`, text: d.text }))
		]),
		count: key.length
	};
}

/**
 * Grades a TIM table against the case's initiatives: for each of them, the planned activity, the
 * focus, the priority (half for one place off) and the compelling reason. Initiatives never heard
 * about score nothing and say so.
 */
export function gradeTim(
	context: DialogueContext,
	task: Extract<DebriefTask, { type: 'tim' }>,
	answer: TimAnswer
): TaskResult {
	const { scenario } = context;
	const options = timOptions(context, task);
	const inTable = new Set(options.rows.map((r) => r.initiative));
	const resultOf = (id: string) => scenario.answerKey.initiatives!.find((i) => i.id === id)?.result;
	const distractor = (list: { id: string; text: Localized }[], id: string) =>
		list.find((d) => `d:${d.id}` === id)?.text;
	const items: ItemResult[] = [];
	for (const init of scenario.answerKey.initiatives!) {
		const row = answer[init.id];
		const label = (en: string, zh: string) => ({ en: `${init.result.en}: ${en}`, zh: `${init.result.zh}：${zh}` });
		const labels = {
			activity: label('planned activity', '计划活动'),
			focus: label('focus', '关注点'),
			priority: label('priority', '优先级'),
			reason: label('compelling reason', '迫切理由')
		};
		if (!inTable.has(init.id)) {
			for (const facet of ['activity', 'focus', 'priority', 'reason'] as const) {
				items.push(
					item(`${init.id}.${facet}`, labels[facet], 'missing', 1, {
						code: 'tim-not-found',
						values: { result: init.result }
					})
				);
			}
			continue;
		}
		const pick = (facet: 'activity' | 'reason', chosen: string | null | undefined) => {
			const heard = discovered(context, discoveryFor(scenario, init.id, facet) ?? '');
			const list = facet === 'activity' ? task.activityDistractors : task.reasonDistractors;
			const keyText = facet === 'activity' ? init.activity : init.compellingReason;
			if (chosen === init.id)
				return item(`${init.id}.${facet}`, labels[facet], 'right', 1, { code: 'tim-right', values: { key: keyText } });
			if (!chosen) {
				return item(`${init.id}.${facet}`, labels[facet], 'missing', 1, {
					code: heard ? 'not-answered' : facet === 'activity' ? 'tim-activity-not-asked' : 'tim-reason-not-asked'
				});
			}
			const invented = distractor(list, chosen);
			if (invented) {
				return item(`${init.id}.${facet}`, labels[facet], 'wrong', 1, {
					code: 'tim-never-said',
					values: { chosen: invented }
				});
			}
			return item(`${init.id}.${facet}`, labels[facet], 'wrong', 1, {
				code: 'tim-other-initiative',
				values: { other: resultOf(chosen) ?? { en: chosen, zh: chosen } }
			});
		};
		items.push(pick('activity', row?.activity));
		items.push(
			!row?.focus
				? item(`${init.id}.focus`, labels.focus, 'missing', 1, { code: 'not-answered' })
				: item(`${init.id}.focus`, labels.focus, row.focus === init.focus ? 'right' : 'wrong', 1, {
						code: init.focus === 'revenue' ? 'tim-focus-revenue' : 'tim-focus-cost'
					})
		);
		const priorityHeard = discovered(context, discoveryFor(scenario, init.id, 'priority') ?? '');
		if (!row?.priority) {
			items.push(
				item(`${init.id}.priority`, labels.priority, 'missing', 1, {
					code: priorityHeard ? 'not-answered' : 'tim-priority-not-asked'
				})
			);
		} else {
			const off = Math.abs(row.priority - init.priority);
			items.push(
				item(`${init.id}.priority`, labels.priority, off === 0 ? 'right' : off === 1 ? 'partial' : 'wrong', 1, {
					code: off === 0 ? 'tim-priority-right' : priorityHeard ? 'tim-priority-off' : 'tim-priority-guess',
					values: { key: init.priority, chosen: row.priority }
				})
			);
		}
		items.push(pick('reason', row?.reason));
	}
	return result('tim', items);
}

// ─── 9-block sheet ──────────────────────────────────────────────────────────────────────────────

/** A question of the 9-block sheet: its place in the order asked, its text and grade. */
export interface SheetQuestion {
	/** 1 for the first 9-block question asked, and so on. */
	number: number;
	/** The choice's id. */
	choice: string;
	/** What the learner asked. */
	text: Localized;
	/** Good, fair or poor. */
	grade: Grade;
}

/** The 9-block sheet of a meeting: the questions asked in each cell, numbered in the order asked. */
export function nineBlockSheet(context: DialogueContext): Record<NineBlockCell, SheetQuestion[]> {
	const sheet = Object.fromEntries(NINE_BLOCK_CELLS.map((c) => [c, [] as SheetQuestion[]])) as Record<
		NineBlockCell,
		SheetQuestion[]
	>;
	let number = 0;
	for (const entry of context.transcript) {
		if (entry.type !== 'choice') continue;
		const choice = choiceOf(context.scenario, entry.choice);
		const cell = choice && cellOf(choice);
		if (!choice || !cell) continue;
		sheet[cell].push({ number: ++number, choice: choice.id, text: choice.text, grade: entry.grade });
	}
	return sheet;
}

/** The best question the scenario offers in a cell, to suggest when the learner asked none. */
export function exampleQuestion(scenario: Scenario, cell: NineBlockCell): Localized | undefined {
	return scenario.nodes.flatMap((n) => n.choices).find((c) => cellOf(c) === cell && c.feedback.grade === 'good')?.text;
}

/**
 * Grades the 9-block sheet: a good question in each of the nine cells (half for only fair ones),
 * and each step of the order (creation: R1 R2 R3 I1 I2 I3 C1 C2 C3) kept.
 */
export function gradeNineBlock(
	context: DialogueContext,
	task: Extract<DebriefTask, { type: 'nine-block' }>
): TaskResult {
	const sheet = nineBlockSheet(context);
	const items: ItemResult[] = NINE_BLOCK_CELLS.map((cell) => {
		const label = { en: `Cell ${cell}`, zh: `${cell} 格` };
		const asked = sheet[cell];
		const example = exampleQuestion(context.scenario, cell);
		const suggestion = example ? { example } : undefined;
		if (asked.some((q) => q.grade === 'good')) return item(`cell.${cell}`, label, 'right', 1, { code: 'nb-cell-good' });
		if (asked.some((q) => q.grade === 'fair')) {
			return item(`cell.${cell}`, label, 'partial', 1, { code: 'nb-cell-fair', values: suggestion });
		}
		if (asked.length) return item(`cell.${cell}`, label, 'wrong', 1, { code: 'nb-cell-poor', values: suggestion });
		return item(`cell.${cell}`, label, 'missing', 1, { code: 'nb-cell-empty', values: suggestion });
	});
	for (const step of orderSteps(context.cells, nineBlockOrder(task.order))) {
		const label = { en: `${step.from} before ${step.to}`, zh: `${step.from} 先于 ${step.to}` };
		const values = { from: step.from, to: step.to };
		items.push(
			step.kept === null
				? item(`order.${step.from}`, label, 'missing', 1, { code: 'nb-order-missing', values })
				: item(`order.${step.from}`, label, step.kept ? 'right' : 'wrong', 1, {
						code: step.kept ? 'nb-order-kept' : 'nb-order-reversed',
						values
					})
		);
	}
	return result('nine-block', items);
}

// ─── Pain chain ─────────────────────────────────────────────────────────────────────────────────

/** The learner's pain chain around the customer. */
export interface PainChainAnswer {
	/** The reasons picked (case pain-reason ids, or `d:<distractor>`). */
	reasons: string[];
	/** For each reason picked, whose pain it is further down the chain (a person id or `none`). */
	links: Record<string, string | null>;
	/** Whose pain the customer's pain is a reason for, then whose that one is, and so on up. */
	up: (string | null)[];
}

/** What the pain-chain task offers. */
export interface PainChainOptions {
	/** The customer's pain. */
	pain: Localized;
	/** Reasons the customer gave, and some never given. */
	reasons: Option[];
	/** People of the case other than the customer. */
	people: string[];
	/** How many steps up the chain the key has. */
	levels: number;
}

/** The customer's pain reasons in the case, and the chain upward from the customer. */
function chainKey(scenario: Scenario) {
	const pains = scenario.answerKey.pains!;
	const own = pains.find((p) => p.person === scenario.customer);
	const up: string[] = [];
	let person = scenario.customer;
	for (let i = 0; i < pains.length; i++) {
		const above = pains.find((p) => p.reasons.some((r) => r.leadsTo === person) && !up.includes(p.person));
		if (!above) break;
		up.push(above.person);
		person = above.person;
	}
	return { own, up };
}

/** The options of the pain-chain task for a meeting. */
export function painChainOptions(
	context: DialogueContext,
	task: Extract<DebriefTask, { type: 'pain-chain' }>
): PainChainOptions {
	const { scenario } = context;
	const { own, up } = chainKey(scenario);
	const heard = scenario.discoveries.filter((d) => d.painReason && discovered(context, d.id)).map((d) => d.painReason!);
	return {
		pain: own?.pain ?? { en: '', zh: '' },
		reasons: shuffle(context.seed, [
			...(own?.reasons ?? []).filter((r) => heard.includes(r.id)).map((r) => ({ id: r.id, text: r.text })),
			...task.reasonDistractors.map((d) => ({ id: `d:${d.id}`, text: d.text }))
		]),
		people: Object.keys(scenario.cast).filter((id) => id !== scenario.customer),
		levels: up.length
	};
}

/** Grades a pain chain against the case: the reasons, where each leads, and the chain upward. */
export function gradePainChain(
	context: DialogueContext,
	task: Extract<DebriefTask, { type: 'pain-chain' }>,
	answer: PainChainAnswer
): TaskResult {
	const { scenario } = context;
	const { own, up } = chainKey(scenario);
	const heard = new Set(
		scenario.discoveries.filter((d) => d.painReason && discovered(context, d.id)).map((d) => d.painReason!)
	);
	const name = (id: string | undefined) => (id ? (scenario.cast[id]?.name ?? id) : 'none');
	const items: ItemResult[] = [];
	for (const reason of own?.reasons ?? []) {
		const label = { en: `Reason: ${reason.text.en}`, zh: `原因：${reason.text.zh}` };
		const picked = answer.reasons.includes(reason.id);
		if (picked) items.push(item(`reason.${reason.id}`, label, 'right', 1, { code: 'pc-reason-right' }));
		else if (heard.has(reason.id))
			items.push(item(`reason.${reason.id}`, label, 'wrong', 1, { code: 'pc-reason-left-out' }));
		else items.push(item(`reason.${reason.id}`, label, 'missing', 1, { code: 'pc-reason-not-found' }));
		const linkLabel = { en: `Where "${reason.text.en}" leads`, zh: `“${reason.text.zh}”指向谁` };
		const link = answer.links[reason.id];
		const keyName = name(reason.leadsTo);
		if (!picked || !link) {
			items.push(
				item(`link.${reason.id}`, linkLabel, 'missing', 1, { code: picked ? 'not-answered' : 'pc-link-no-reason' })
			);
		} else {
			const right = (link === 'none' ? undefined : link) === reason.leadsTo;
			items.push(
				item(`link.${reason.id}`, linkLabel, right ? 'right' : 'wrong', 1, {
					code: reason.leadsTo ? (right ? 'pc-link-right' : 'pc-link-wrong') : right ? 'pc-link-end' : 'pc-link-no-one',
					values: { key: keyName }
				})
			);
		}
	}
	for (const id of answer.reasons.filter((r) => r.startsWith('d:'))) {
		const text = task.reasonDistractors.find((d) => `d:${d.id}` === id)?.text ?? { en: id, zh: id };
		items.push(
			item(
				`invented.${id}`,
				{ en: `Reason: ${text.en}`, zh: `原因：${text.zh}` },
				'wrong',
				0,
				{ code: 'pc-reason-invented' },
				-1
			)
		);
	}
	up.forEach((person, level) => {
		const label = { en: `Up the chain, step ${level + 1}`, zh: `沿痛苦链向上第 ${level + 1} 步` };
		const chosen = answer.up[level];
		const values = { key: name(person) };
		if (!chosen) items.push(item(`up.${level}`, label, 'missing', 1, { code: 'pc-up-missing', values }));
		else
			items.push(
				item(`up.${level}`, label, chosen === person ? 'right' : 'wrong', 1, {
					code: chosen === person ? 'pc-up-right' : 'pc-up-wrong',
					values
				})
			);
	});
	return result('pain-chain', items);
}

// ─── Vision statement ───────────────────────────────────────────────────────────────────────────

/** The learner's vision statement: a capability for each reason, and who else gains. */
export interface VisionAnswer {
	/** For each reason discovery, the capability picked (a discovery id or `d:<distractor>`), or null. */
	capabilities: Record<string, string | null>;
	/** The people, besides the customer, whose pain the vision relieves. */
	impact: string[];
}

/** What the vision task offers. */
export interface VisionOptions {
	/** One row per reason the customer gave, in the key's order. */
	rows: { reason: string; text: Localized }[];
	/** Capabilities the customer agreed to, and things that are not capabilities. */
	capabilities: Option[];
	/** People of the case other than the customer. */
	people: string[];
}

/** The options of the vision task for a meeting. */
export function visionOptions(context: DialogueContext, task: Extract<DebriefTask, { type: 'vision' }>): VisionOptions {
	const { scenario } = context;
	return {
		rows: task.pairs
			.filter((p) => discovered(context, p.reason))
			.map((p) => ({ reason: p.reason, text: noteOf(scenario, p.reason) })),
		capabilities: shuffle(context.seed, [
			...task.pairs
				.filter((p) => discovered(context, p.capability))
				.map((p) => ({ id: p.capability, text: noteOf(scenario, p.capability) })),
			...task.capabilityDistractors.map((d) => ({ id: `d:${d.id}`, text: d.text }))
		]),
		people: Object.keys(scenario.cast).filter((id) => id !== scenario.customer)
	};
}

/**
 * Grades a vision statement: the capability that answers each reason, the people beyond the
 * customer whose pains it relieves (an extra name costs a point), and whether the customer
 * confirmed the vision in the meeting.
 */
export function gradeVision(
	context: DialogueContext,
	task: Extract<DebriefTask, { type: 'vision' }>,
	answer: VisionAnswer
): TaskResult {
	const { scenario } = context;
	const items: ItemResult[] = [];
	for (const pair of task.pairs) {
		const reasonText = noteOf(scenario, pair.reason);
		const label = { en: `Capability for: ${reasonText.en}`, zh: `针对“${reasonText.zh}”的能力` };
		const chosen = answer.capabilities[pair.reason];
		const key = noteOf(scenario, pair.capability);
		if (!discovered(context, pair.reason)) {
			items.push(item(`pair.${pair.reason}`, label, 'missing', 1, { code: 'vision-reason-not-found' }));
		} else if (!discovered(context, pair.capability)) {
			items.push(item(`pair.${pair.reason}`, label, 'missing', 1, { code: 'vision-not-agreed', values: { key } }));
		} else if (!chosen) {
			items.push(item(`pair.${pair.reason}`, label, 'missing', 1, { code: 'not-answered' }));
		} else if (chosen === pair.capability) {
			items.push(item(`pair.${pair.reason}`, label, 'right', 1, { code: 'vision-right' }));
		} else if (chosen.startsWith('d:')) {
			items.push(item(`pair.${pair.reason}`, label, 'wrong', 1, { code: 'vision-product', values: { key } }));
		} else {
			items.push(item(`pair.${pair.reason}`, label, 'wrong', 1, { code: 'vision-other', values: { key } }));
		}
	}
	for (const person of task.impact) {
		const name = scenario.cast[person]?.name ?? person;
		const label = { en: `Also gains: ${name}`, zh: `同样受益：${name}` };
		items.push(
			answer.impact.includes(person)
				? item(`impact.${person}`, label, 'right', 1, { code: 'vision-impact-right', values: { name } })
				: item(`impact.${person}`, label, 'missing', 1, { code: 'vision-impact-left-out', values: { name } })
		);
	}
	for (const person of answer.impact.filter((p) => !task.impact.includes(p))) {
		const name = scenario.cast[person]?.name ?? person;
		items.push(
			item(
				`extra.${person}`,
				{ en: `Also gains: ${name}`, zh: `同样受益：${name}` },
				'wrong',
				0,
				{ code: 'vision-impact-extra', values: { name } },
				-1
			)
		);
	}
	const confirmed = discovered(context, task.confirmedBy);
	items.push(
		item('confirmed', { en: 'Confirmed by the customer', zh: '经客户确认' }, confirmed ? 'right' : 'wrong', 1, {
			code: confirmed ? 'vision-confirmed' : 'vision-unconfirmed'
		})
	);
	return result('vision', items);
}

/** Any task's answer. */
export type TaskAnswer = SamAnswer | TimAnswer | PainChainAnswer | VisionAnswer | null;

/** Grades any task with its answer (the 9-block sheet needs none). */
export function gradeTask(context: DialogueContext, task: DebriefTask, answer: TaskAnswer): TaskResult {
	switch (task.type) {
		case 'sam':
			return gradeSam(context.scenario, (answer as SamAnswer | null) ?? { current: null, heading: null });
		case 'tim':
			return gradeTim(context, task, (answer as TimAnswer | null) ?? {});
		case 'nine-block':
			return gradeNineBlock(context, task);
		case 'pain-chain':
			return gradePainChain(context, task, (answer as PainChainAnswer | null) ?? { reasons: [], links: {}, up: [] });
		case 'vision':
			return gradeVision(context, task, (answer as VisionAnswer | null) ?? { capabilities: {}, impact: [] });
	}
}
