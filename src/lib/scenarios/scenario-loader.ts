import * as v from 'valibot';
import { parseDocument } from 'yaml';
import type { ContentIssue } from '../content/course.types';
import type { Localized } from '../i18n/locale';
import type { CaseFile } from './case.schema';
import { conditionRefs, type ConditionRefs } from './conditions';
import { checkGraph } from './scenario-graph';
import { normalizeCondition, ScenarioFileSchema, type RawCondition, type ScenarioFile } from './scenario.schema';
import type {
	AnswerKey,
	CastMember,
	Choice,
	Condition,
	DebriefTask,
	Discovery,
	Effects,
	EndVariant,
	LineVariant,
	ReplyVariant,
	Scenario,
	ScenarioNode
} from './scenario.types';

type RawNode = ScenarioFile['nodes'][number];
type RawChoice = RawNode['choices'][number];
type RawEffects = NonNullable<RawChoice['effects']>;

/** The dot path of a valibot issue, with list items named by their `id` (`nodes[opening].choices[ask]`). */
function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const value = item.value as { id?: unknown } | undefined;
		if (item.type === 'array') {
			out += typeof value?.id === 'string' ? `[${value.id}]` : `[${String(item.key)}]`;
		} else {
			out += `${out ? '.' : ''}${String(item.key)}`;
		}
	}
	return out || '(root)';
}

/** The most specific problems behind a failed union, so that messages point at the field that is wrong. */
function leafIssues(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
	if (issue.type !== 'union' || !issue.issues?.length) return [issue];
	const deepest = Math.max(...issue.issues.map((i) => i.path?.length ?? 0));
	// A union of object shapes fails in every shape; when no shape got further than its keys, the
	// union's own message (which lists the shapes) says more than any one of them.
	if (deepest <= (issue.path?.length ?? 0) + 1) return [issue];
	return issue.issues.filter((i) => (i.path?.length ?? 0) === deepest).flatMap(leafIssues);
}

const emptyEffects = (): Effects => ({ meters: {}, reveal: [], points: {} });
const effectsOf = (raw: RawEffects | undefined): Effects =>
	raw ? { meters: { ...raw.meters }, reveal: [...raw.reveal], points: { ...raw.points } } : emptyEffects();
const cond = (raw: RawCondition | undefined): Condition | undefined => (raw ? normalizeCondition(raw) : undefined);

/** A 64-bit FNV-1a hash as hex: short, stable, and free of platform crypto. */
export function contentHash(text: string): string {
	let h = 0xcbf29ce484222325n;
	for (let i = 0; i < text.length; i++) {
		h ^= BigInt(text.charCodeAt(i));
		h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return h.toString(16).padStart(16, '0');
}

/** Notes written from the case's own texts, for discoveries that refer to a case fact. */
function derivedNote(d: ScenarioFile['discoveries'][number], hb: CaseFile): Localized | undefined {
	const person = (id: string) => hb.people.find((p) => p.id === id);
	if (d.painReason) {
		return hb.pains.flatMap((p) => p.reasons).find((r) => r.id === d.painReason)?.text;
	}
	if (d.person) {
		const who = person(d.person);
		const pain = hb.pains.find((p) => p.person === d.person)?.pain;
		if (!who || !pain) return undefined;
		return { en: `${who.name} (${who.short.en}): ${pain.en}`, zh: `${who.name}（${who.short.zh}）：${pain.zh}` };
	}
	const init = d.initiative ? hb.initiatives.find((i) => i.id === d.initiative) : undefined;
	if (!init || !d.facet) return undefined;
	switch (d.facet) {
		case 'result':
			return init.result;
		case 'activity':
			return { en: `By ${init.activity.en}`, zh: `途径：${init.activity.zh}` };
		case 'owner': {
			const owner = person(init.owner);
			return (
				owner && { en: `Owner: ${owner.name}, ${owner.short.en}`, zh: `负责人：${owner.name}（${owner.short.zh}）` }
			);
		}
		case 'priority':
			return init.priority === 1
				? { en: 'Priority 1, the most critical', zh: '优先级：第 1 位（最关键）' }
				: { en: `Priority ${init.priority}`, zh: `优先级：第 ${init.priority} 位` };
		case 'reason':
			return { en: `Why now: ${init.compellingReason.en}`, zh: `为何现在做：${init.compellingReason.zh}` };
	}
}

function compileVariants<T extends { id: string; if?: RawCondition }>(list: T[]): (T & { if?: Condition })[] {
	return list.map((variant) => ({ ...variant, if: cond(variant.if) }));
}

function compileChoice(raw: RawChoice, node: RawNode): Choice {
	const replies: ReplyVariant[] = raw.replies
		? raw.replies.map((r) => ({
				id: r.id,
				if: cond(r.if),
				text: r.text,
				effects: effectsOf(r.effects),
				feedback: r.feedback
			}))
		: raw.reply
			? [{ id: 'reply', text: raw.reply, effects: emptyEffects() }]
			: [];
	const end: EndVariant[] =
		raw.end === undefined
			? []
			: typeof raw.end === 'string'
				? [{ ending: raw.end }]
				: raw.end.map((e) => ({ ...e, if: cond(e.if) }));
	const choice: Choice = {
		id: raw.id,
		text: raw.text,
		kind: raw.kind,
		topic: raw.topic,
		minutes: raw.minutes,
		repeat: raw.repeat,
		effects: effectsOf(raw.effects),
		feedback: raw.feedback,
		replies,
		next: raw.next ?? node.id,
		end
	};
	if (raw.column) choice.column = raw.column;
	const condition = cond(raw.if);
	if (condition) choice.if = condition;
	return choice;
}

function stripUndefined<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Parses, checks and compiles a scenario file against its case: the schema, every id it refers to
 * (nodes, choices, endings, meters, rubric dimensions, discoveries, and the case's people,
 * initiatives and pain reasons), numbers within their bounds, variant lists that always have a
 * fallback, and the conversation graph (unreachable nodes, dead ends, nodes from which the meeting
 * cannot be ended). Pure; every problem names the file, the node and the field.
 */
export function loadScenario(
	file: string,
	text: string,
	cases: ReadonlyMap<string, CaseFile>
): { value?: Scenario; draft?: boolean; issues: ContentIssue[] } {
	const doc = parseDocument(text, { prettyErrors: true });
	if (doc.errors.length) {
		return { issues: doc.errors.map((e) => ({ file, field: '(yaml)', message: e.message })) };
	}
	const parsed = v.safeParse(ScenarioFileSchema, doc.toJS());
	if (!parsed.success) {
		return {
			issues: parsed.issues.flatMap(leafIssues).map((i) => ({ file, field: issuePath(i), message: i.message }))
		};
	}
	const raw = parsed.output;
	const issues: ContentIssue[] = [];
	const problem = (field: string, message: string) => issues.push({ file, field, message });

	const hb = cases.get(raw.case);
	if (!hb) {
		problem('case', `no case with id ${raw.case}`);
		return { issues };
	}
	const people = new Set(hb.people.map((p) => p.id));
	const initiatives = new Set(hb.initiatives.map((i) => i.id));
	const painReasons = new Set(hb.pains.flatMap((p) => p.reasons.map((r) => r.id)));

	const unique = (ids: string[], field: string, what: string) => {
		const seen = new Set<string>();
		for (const id of ids) {
			if (seen.has(id)) problem(field, `${what} id ${id} is used twice`);
			seen.add(id);
		}
		return seen;
	};
	const nodeIds = unique(
		raw.nodes.map((n) => n.id),
		'nodes',
		'node'
	);
	const choices = raw.nodes.flatMap((n) => n.choices.map((c) => ({ node: n, choice: c })));
	const choiceIds = unique(
		choices.map((c) => c.choice.id),
		'nodes',
		'choice'
	);
	const discoveryIds = unique(
		raw.discoveries.map((d) => d.id),
		'discoveries',
		'discovery'
	);
	const endingIds = unique(
		raw.endings.map((e) => e.id),
		'endings',
		'ending'
	);
	const meters = new Map(raw.meters.map((m) => [m.id, m]));
	unique(
		raw.meters.map((m) => m.id),
		'meters',
		'meter'
	);
	unique(
		raw.rubric.map((r) => r.id),
		'rubric',
		'rubric dimension'
	);
	unique(
		raw.briefing.objectives.map((o) => o.id),
		'briefing.objectives',
		'objective'
	);
	const pointDims = new Map(raw.rubric.filter((r) => r.kind === 'points').map((r) => [r.id, r.max]));

	const person = (id: string | undefined, field: string) => {
		if (id && !people.has(id)) problem(field, `no person with id ${id} in case ${hb.id}`);
	};
	const ending = (id: string, field: string) => {
		if (!endingIds.has(id)) problem(field, `no ending with id ${id}`);
	};
	const checkCondition = (condition: Condition | undefined, field: string) => {
		const refs: ConditionRefs = conditionRefs(condition);
		for (const id of refs.discoveries) if (!discoveryIds.has(id)) problem(field, `no discovery with id ${id}`);
		for (const id of refs.choices) if (!choiceIds.has(id)) problem(field, `no choice with id ${id}`);
		for (const { id, values } of refs.meters) {
			const meter = meters.get(id);
			if (!meter) problem(field, `no meter with id ${id}`);
			else
				for (const value of values) {
					if (value < meter.min || value > meter.max) {
						problem(field, `${value} is outside meter ${id}'s bounds ${meter.min} to ${meter.max}`);
					}
				}
		}
		for (const minutes of refs.clock) {
			if (minutes > raw.minutes) problem(field, `${minutes} minutes is beyond the meeting's ${raw.minutes}`);
		}
		if (condition && 'count' in condition && condition.count.atLeast > condition.count.of.length) {
			problem(field, `count asks for ${condition.count.atLeast} of only ${condition.count.of.length} discoveries`);
		}
	};
	const checkPoints = (points: Record<string, number>, field: string) => {
		for (const [id, value] of Object.entries(points)) {
			const max = pointDims.get(id);
			if (max === undefined) problem(`${field}.${id}`, `no rubric dimension of kind points with id ${id}`);
			else if (Math.abs(value) > max)
				problem(`${field}.${id}`, `${value} points is outside ±${max}, the dimension's maximum`);
		}
	};
	const checkEffects = (effects: RawEffects | undefined, field: string) => {
		if (!effects) return;
		for (const [id, delta] of Object.entries(effects.meters)) {
			const meter = meters.get(id);
			if (!meter) problem(`${field}.meters.${id}`, `no meter with id ${id}`);
			else if (Math.abs(delta) > meter.max - meter.min) {
				problem(`${field}.meters.${id}`, `${delta} is larger than meter ${id}'s whole range`);
			}
		}
		for (const id of effects.reveal)
			if (!discoveryIds.has(id)) problem(`${field}.reveal`, `no discovery with id ${id}`);
		checkPoints(effects.points, `${field}.points`);
	};
	const checkVariants = (list: { id?: string; if?: RawCondition }[], field: string, what: string) => {
		if (list.length === 0) return;
		list.forEach((variant, i) => {
			const at = `${field}[${variant.id ?? i}]`;
			const last = i === list.length - 1;
			if (last && variant.if) problem(at, `the last ${what} must have no condition, so that one always applies`);
			if (!last && !variant.if)
				problem(at, `only the last ${what} may have no condition; later ones could never apply`);
			checkCondition(cond(variant.if), `${at}.if`);
		});
		const ids = list.map((x) => x.id).filter((x): x is string => !!x);
		unique(ids, field, what);
	};

	person(raw.customer, 'customer');
	if (!nodeIds.has(raw.start)) problem('start', `no node with id ${raw.start}`);
	ending(raw.timeUp, 'timeUp');
	if (endingIds.has(raw.timeUp) && raw.endings.find((e) => e.id === raw.timeUp)?.kind !== 'time-up') {
		problem('timeUp', `ending ${raw.timeUp} must be of kind time-up`);
	}
	for (const kind of ['customer-ends', 'time-up', 'closed-no-step', 'closed-next-step'] as const) {
		if (!raw.endings.some((e) => e.kind === kind)) problem('endings', `no ending of kind ${kind}`);
	}
	raw.meters.forEach((m) => {
		if (m.min >= m.max) problem(`meters[${m.id}]`, 'min must be below max');
		if (m.start < m.min || m.start > m.max)
			problem(`meters[${m.id}].start`, `start ${m.start} is outside ${m.min} to ${m.max}`);
	});
	raw.endWhen.forEach((rule, i) => {
		ending(rule.ending, `endWhen[${i}].ending`);
		checkCondition(cond(rule.if), `endWhen[${i}].if`);
	});
	raw.endings.forEach((e) => checkPoints(e.points, `endings[${e.id}].points`));
	raw.rubric.forEach((dim) => {
		if (dim.kind === 'coverage') {
			for (const id of dim.of) if (!discoveryIds.has(id)) problem(`rubric[${dim.id}].of`, `no discovery with id ${id}`);
		}
	});

	const discoveries: Discovery[] = [];
	for (const d of raw.discoveries) {
		const field = `discoveries[${d.id}]`;
		if (d.initiative && !initiatives.has(d.initiative))
			problem(`${field}.initiative`, `no initiative with id ${d.initiative} in case ${hb.id}`);
		if (!!d.initiative !== !!d.facet) problem(field, 'initiative and facet go together');
		if (d.painReason && !painReasons.has(d.painReason))
			problem(`${field}.painReason`, `no pain reason with id ${d.painReason} in case ${hb.id}`);
		person(d.person, `${field}.person`);
		if (d.person && !hb.pains.some((p) => p.person === d.person))
			problem(`${field}.person`, `the case gives no pain for ${d.person}`);
		const note = d.note ?? derivedNote(d, hb);
		if (!note) {
			problem(`${field}.note`, 'a note is needed when the discovery does not refer to a case fact');
			continue;
		}
		const discovery: Discovery = { id: d.id, note };
		if (d.initiative) discovery.initiative = d.initiative;
		if (d.facet) discovery.facet = d.facet;
		if (d.painReason) discovery.painReason = d.painReason;
		if (d.person) discovery.person = d.person;
		discoveries.push(discovery);
	}

	const nodes: ScenarioNode[] = [];
	for (const node of raw.nodes) {
		const field = `nodes[${node.id}]`;
		person(node.speaker, `${field}.speaker`);
		if (!node.line === !node.lines) problem(field, 'give either line or lines');
		checkVariants(node.lines ?? [], `${field}.lines`, 'line');
		for (const choice of node.choices) {
			const at = `${field}.choices[${choice.id}]`;
			if (choice.column && !['open', 'control', 'confirm'].includes(choice.kind)) {
				problem(`${at}.column`, `a ${choice.kind} has no 9-block cell: only open, control and confirm questions do`);
			}
			if (choice.reply && choice.replies) problem(at, 'give either reply or replies');
			if (choice.next && !nodeIds.has(choice.next)) problem(`${at}.next`, `no node with id ${choice.next}`);
			const ends = choice.end !== undefined;
			const leaves = choice.next !== undefined && choice.next !== node.id;
			if (!choice.reply && !choice.replies && !leaves && !ends) {
				problem(at, 'the customer says nothing: give a reply, a next node, or an end');
			}
			if (ends && choice.next) problem(`${at}.next`, 'a choice that always ends the meeting has no next node');
			checkCondition(cond(choice.if), `${at}.if`);
			checkEffects(choice.effects, `${at}.effects`);
			checkVariants(choice.replies ?? [], `${at}.replies`, 'reply');
			(choice.replies ?? []).forEach((r) => checkEffects(r.effects, `${at}.replies[${r.id}].effects`));
			if (typeof choice.end === 'string') ending(choice.end, `${at}.end`);
			else if (choice.end) {
				checkVariants(choice.end, `${at}.end`, 'end');
				choice.end.forEach((e, i) => ending(e.ending, `${at}.end[${i}].ending`));
			}
		}
		const lines: LineVariant[] = node.lines
			? compileVariants(node.lines)
			: node.line
				? [{ id: 'line', text: node.line }]
				: [];
		nodes.push({
			id: node.id,
			speaker: node.speaker ?? raw.customer,
			lines,
			choices: node.choices.map((c) => compileChoice(c, node))
		});
	}

	const tasks: DebriefTask[] = raw.debrief.tasks as DebriefTask[];
	tasks.forEach((task, i) => {
		const field = `debrief.tasks[${i}]`;
		if (tasks.findIndex((t) => t.type === task.type) !== i) problem(field, `task ${task.type} appears twice`);
		if ('activityDistractors' in task)
			unique(
				task.activityDistractors.map((d) => d.id),
				`${field}.activityDistractors`,
				'distractor'
			);
		if ('reasonDistractors' in task)
			unique(
				task.reasonDistractors.map((d) => d.id),
				`${field}.reasonDistractors`,
				'distractor'
			);
		if (task.type === 'pain-chain' && !hb.pains.some((p) => p.person === raw.customer)) {
			problem(field, `the case gives no pain for the customer ${raw.customer}`);
		}
		if (task.type === 'vision') {
			unique(
				task.capabilityDistractors.map((d) => d.id),
				`${field}.capabilityDistractors`,
				'distractor'
			);
			for (const [j, pair] of task.pairs.entries()) {
				for (const id of [pair.reason, pair.capability]) {
					if (!discoveryIds.has(id)) problem(`${field}.pairs[${j}]`, `no discovery with id ${id}`);
				}
				if (!raw.discoveries.find((d) => d.id === pair.reason)?.painReason) {
					problem(`${field}.pairs[${j}].reason`, `discovery ${pair.reason} does not refer to a pain reason`);
				}
			}
			if (!discoveryIds.has(task.confirmedBy))
				problem(`${field}.confirmedBy`, `no discovery with id ${task.confirmedBy}`);
			task.impact.forEach((id, j) => person(id, `${field}.impact[${j}]`));
		}
	});

	if (issues.length) return { issues };

	const types = new Set(tasks.map((t) => t.type));
	const answerKey: AnswerKey = {};
	if (types.has('tim')) {
		answerKey.initiatives = [...hb.initiatives]
			.sort((a, b) => a.priority - b.priority)
			.map((i) => ({
				id: i.id,
				focus: i.focus,
				priority: i.priority,
				owner: i.owner,
				result: i.result,
				activity: i.activity,
				compellingReason: i.compellingReason
			}));
	}
	if (types.has('sam')) {
		answerKey.sam = {
			current: hb.sam.current,
			heading: hb.sam.heading,
			headingPartial: [...hb.sam.headingPartial],
			explanation: hb.sam.explanation
		};
	}
	if (types.has('pain-chain') || types.has('vision')) {
		answerKey.pains = hb.pains.map((p) => ({
			person: p.person,
			pain: p.pain,
			reasons: p.reasons.map((r) => ({ id: r.id, text: r.text, ...(r.leadsTo ? { leadsTo: r.leadsTo } : {}) }))
		}));
	}
	const cast: Record<string, CastMember> = Object.fromEntries(
		hb.people.map((p) => [p.id, { id: p.id, name: p.name, title: p.title, short: p.short }])
	);

	const scenario: Scenario = stripUndefined({
		id: raw.id,
		caseId: raw.case,
		version: '',
		module: raw.module,
		title: raw.title,
		summary: raw.summary,
		learnerRole: raw.learnerRole,
		customer: raw.customer,
		cast,
		minutes: raw.minutes,
		briefing: raw.briefing,
		meters: raw.meters,
		endWhen: raw.endWhen.map((r) => ({ if: normalizeCondition(r.if), ending: r.ending })),
		timeUp: raw.timeUp,
		rubric: raw.rubric,
		discoveries,
		endings: raw.endings,
		start: raw.start,
		nodes,
		tasks,
		answerKey
	});
	for (const issue of checkGraph(scenario)) problem(issue.field, issue.message);
	if (issues.length) return { issues };
	scenario.version = contentHash(JSON.stringify(scenario));
	return { value: scenario, draft: raw.draft, issues };
}

/**
 * Loads every scenario file of a set (paths to texts; `case.yaml` files are skipped), checks that
 * ids are unique across files and that each names a known course module. Pure.
 */
export function loadScenarios(
	files: ReadonlyMap<string, string>,
	cases: ReadonlyMap<string, CaseFile>,
	modules?: ReadonlySet<string>
): { scenarios: { scenario: Scenario; draft: boolean; file: string }[]; issues: ContentIssue[] } {
	const scenarios: { scenario: Scenario; draft: boolean; file: string }[] = [];
	const issues: ContentIssue[] = [];
	for (const [file, text] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
		if (file.endsWith('/case.yaml')) continue;
		const loaded = loadScenario(file, text, cases);
		issues.push(...loaded.issues);
		if (!loaded.value) continue;
		const { value } = loaded;
		const other = scenarios.find((s) => s.scenario.id === value.id);
		if (other) issues.push({ file, field: 'id', message: `id ${value.id} is already used by ${other.file}` });
		if (modules && !modules.has(value.module))
			issues.push({ file, field: 'module', message: `no course module with id ${value.module}` });
		if (!file.startsWith(`scenarios/${value.caseId}/`)) {
			issues.push({
				file,
				field: 'case',
				message: `a scenario of case ${value.caseId} belongs in scenarios/${value.caseId}/`
			});
		}
		scenarios.push({ scenario: value, draft: loaded.draft ?? false, file });
	}
	return { scenarios, issues };
}
