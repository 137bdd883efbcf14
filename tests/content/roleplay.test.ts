import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { formatIssues } from '../../src/lib/content/course-loader.server';
import { dialogueMachine } from '../../src/lib/machines/dialogue.machine';
import { NINE_BLOCK_CELLS } from '../../src/lib/method/nine-block';
import { cellOf, offeredChoices } from '../../src/lib/roleplay/dialogue-rules';
import { toDialogueView } from '../../src/lib/roleplay/dialogue.view';
import { MAX_OFFERED, walkScenario } from '../../src/lib/roleplay/scenario-walk';
import { loadCase } from '../../src/lib/scenarios/case-loader';
import { loadScenarios } from '../../src/lib/scenarios/scenario-loader';
import type { Scenario } from '../../src/lib/scenarios/scenario.types';
import { ENDING_PATHS } from '../e2e/roleplay-paths';

// Every real scenario under scenarios/, loaded as the build loads them.
const files = new Map<string, string>();
const cases = new Map();
for (const dir of readdirSync('scenarios').filter((n) => !n.includes('.'))) {
	const hb = loadCase(`scenarios/${dir}/case.yaml`, readFileSync(`scenarios/${dir}/case.yaml`, 'utf8')).value!;
	cases.set(hb.id, hb);
	for (const name of readdirSync(`scenarios/${dir}`).filter((n) => n.endsWith('.yaml') && n !== 'case.yaml')) {
		files.set(`scenarios/${dir}/${name}`, readFileSync(`scenarios/${dir}/${name}`, 'utf8'));
	}
}
const modules = new Set(readdirSync('content/modules').map((n) => n.replace(/^\d+-/, '')));
const loaded = loadScenarios(files, cases, modules);
const scenarios = loaded.scenarios.map((s) => s.scenario);
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const choicesOf = (s: Scenario) => s.nodes.flatMap((n) => n.choices);
const questions = (s: Scenario) => choicesOf(s).filter((c) => c.topic !== 'navigation');

describe('every real scenario', () => {
	it('loads without a problem', () => {
		expect(formatIssues(loaded.issues)).toBe('');
		expect(scenarios.map((s) => s.id).sort()).toEqual(['homebody-nine-block', 'homebody-sam-tim']);
	});

	describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
		const report = walkScenario(scenario);

		it('walks every moment on the real machine and finds nothing wrong', () => {
			expect(report.issues).toEqual([]);
			expect(report.states).toBeGreaterThan(100);
		});

		it('reaches every node, offers every choice and reaches every ending', () => {
			expect([...report.nodes].sort()).toEqual(scenario.nodes.map((n) => n.id).sort());
			expect(report.choices.size).toBe(choicesOf(scenario).length);
			expect([...report.endings.keys()].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
			expect(report.mostOffered).toBeLessThanOrEqual(MAX_OFFERED);
		});

		it('has at least four endings, one of each kind', () => {
			expect(new Set(scenario.endings.map((e) => e.kind))).toEqual(
				new Set(['customer-ends', 'time-up', 'closed-no-step', 'closed-next-step'])
			);
		});

		it('replays the path the walk found to each ending, on a fresh actor, to that ending', () => {
			for (const [ending, path] of report.endings) {
				const actor = createActor(dialogueMachine, { input: { scenario, mode: 'assessment', seed: 3 } }).start();
				actor.send({ type: 'meeting.start' });
				for (const choice of path) actor.send({ type: 'choice.select', choice });
				expect(actor.getSnapshot().context.ending, ending).toBe(ending);
			}
		});

		it('ends every random playthrough within the clock, with meters and scores within bounds and a view for every moment', () => {
			fc.assert(
				fc.property(fc.array(fc.nat(), { minLength: 80, maxLength: 80 }), fc.nat(), (picks, seed) => {
					const actor = createActor(dialogueMachine, { input: { scenario, mode: 'coach', seed } }).start();
					actor.send({ type: 'meeting.start' });
					let steps = 0;
					while (actor.getSnapshot().value === 'meeting') {
						const offered = offeredChoices(actor.getSnapshot().context);
						expect(offered.length).toBeGreaterThan(0);
						actor.send({ type: 'choice.select', choice: offered[picks[steps % picks.length]! % offered.length]!.id });
						steps++;
						expect(steps).toBeLessThanOrEqual(scenario.minutes);
						const { context } = actor.getSnapshot();
						for (const m of scenario.meters) {
							expect(context.meters[m.id]).toBeGreaterThanOrEqual(m.min);
							expect(context.meters[m.id]).toBeLessThanOrEqual(m.max);
						}
					}
					const view = toDialogueView(actor.getSnapshot());
					expect(view.ending).not.toBeNull();
					for (const dim of view.debrief!.rubric) {
						expect(dim.score).toBeGreaterThanOrEqual(0);
						expect(dim.score).toBeLessThanOrEqual(dim.max);
					}
					expect(JSON.parse(JSON.stringify(view))).toEqual(view);
				}),
				{ numRuns: 150, seed: 20261123 }
			);
		});

		it('has text in both languages for every line, choice, reply and feedback', () => {
			const texts = [
				scenario.title,
				scenario.summary,
				scenario.briefing.situation,
				...scenario.briefing.objectives.map((o) => o.text),
				...scenario.endings.flatMap((e) => [e.title, e.line, e.summary]),
				...scenario.discoveries.map((d) => d.note),
				...scenario.nodes.flatMap((n) => [
					...n.lines.map((l) => l.text),
					...n.choices.flatMap((c) => [
						c.text,
						c.feedback.text,
						...c.replies.flatMap((r) => [r.text, ...(r.feedback ? [r.feedback.text] : [])])
					])
				])
			];
			for (const text of texts) {
				expect(text.en.trim().length, JSON.stringify(text)).toBeGreaterThan(0);
				expect(text.zh, text.en).toMatch(/[\u4e00-\u9fff]/);
			}
		});

		it("refers to the case's initiatives by id, never copying the answer key into the file", () => {
			const raw = [...files.entries()].find(([, text]) => text.includes(`id: ${scenario.id}\n`))![1];
			const hb = cases.get(scenario.caseId);
			for (const init of hb.initiatives) {
				expect(raw, init.id).not.toContain(init.result.en);
				expect(raw, init.id).not.toContain(init.activity.en);
			}
			for (const reason of hb.pains.flatMap((p: { reasons: { text: { en: string } }[] }) => p.reasons)) {
				expect(raw).not.toContain(`en: ${reason.text.en}\n`);
			}
		});
	});
});

describe('the SAM/TIM interview with Yoshi Goto', () => {
	const yoshi = byId('homebody-sam-tim');

	it('meets Yoshi Goto, COO, in the Unit 1 module', () => {
		expect(yoshi.customer).toBe('yoshi-goto');
		expect(yoshi.cast['yoshi-goto']?.title.en).toBe('Chief Operating Officer (COO)');
		expect(yoshi.module).toBe('understand');
	});

	it('offers at least 40 distinct choices, good and poor of every kind', () => {
		const list = questions(yoshi);
		expect(list.length).toBeGreaterThanOrEqual(40);
		for (const kind of ['open', 'control', 'confirm', 'statement', 'pitch'] as const) {
			expect(list.some((c) => c.kind === kind), kind).toBe(true);
		}
		for (const topic of ['strategy', 'market', 'product', 'technology', 'small-talk'] as const) {
			expect(list.some((c) => c.topic === topic), topic).toBe(true);
		}
		expect(list.filter((c) => c.feedback.grade === 'poor').length).toBeGreaterThanOrEqual(12);
		expect(list.filter((c) => c.kind === 'pitch').every((c) => c.feedback.grade === 'poor')).toBe(true);
		expect(list.filter((c) => c.topic === 'technology').every((c) => c.feedback.grade === 'poor')).toBe(true);
	});

	it('costs trust and patience for pitches and IT talk, and never for business questions', () => {
		for (const c of questions(yoshi)) {
			const delta = (c.effects.meters.trust ?? 0) + (c.effects.meters.patience ?? 0);
			if (c.kind === 'pitch' || c.topic === 'technology') expect(delta, c.id).toBeLessThan(0);
			if (c.feedback.grade === 'good') expect(delta, c.id).toBeGreaterThanOrEqual(0);
		}
	});

	it('lets the learner discover all six initiatives with focus, activity, priority, owner and compelling reason', () => {
		const revealed = new Set(
			choicesOf(yoshi).flatMap((c) => [...c.effects.reveal, ...c.replies.flatMap((r) => r.effects.reveal)])
		);
		for (const init of yoshi.answerKey.initiatives!) {
			for (const facet of ['result', 'activity', 'priority', 'owner', 'reason'] as const) {
				const d = yoshi.discoveries.find((x) => x.initiative === init.id && x.facet === facet);
				expect(d, `${init.id} ${facet}`).toBeDefined();
				expect(revealed.has(d!.id), `${init.id} ${facet}`).toBe(true);
			}
		}
		const crm = yoshi.answerKey.initiatives!.find((i) => i.id === 'crm-loyalty')!;
		expect(crm).toMatchObject({ priority: 1, owner: 'sarah-updown', focus: 'revenue' });
	});

	it('gives the best ending only with the owner, the priority and enough trust', () => {
		const ask = choicesOf(yoshi).find((c) => c.id === 'close-sarah')!;
		expect(ask.end[0]).toMatchObject({ ending: 'introduction' });
		expect(JSON.stringify(ask.end[0]!.if)).toContain('crm-priority');
		expect(JSON.stringify(ask.end[0]!.if)).toContain('trust');
		expect(JSON.stringify(ask.if)).toContain('crm-owner');
	});
});

describe('the 9-block interview with Sarah Updown', () => {
	const sarah = byId('homebody-nine-block');

	it('meets Sarah Updown, VP Sales & Marketing, in the Unit 3 module, and starts from her pain', () => {
		expect(sarah.customer).toBe('sarah-updown');
		expect(sarah.module).toBe('vision');
		expect(sarah.nodes[0]!.lines[0]!.text.en).toMatch(/market share is shrinking/);
	});

	it('offers at least 30 distinct choices, with a good and a poor question in every one of the nine cells', () => {
		expect(questions(sarah).length).toBeGreaterThanOrEqual(30);
		for (const cell of NINE_BLOCK_CELLS) {
			const inCell = choicesOf(sarah).filter((c) => cellOf(c) === cell);
			expect(inCell.some((c) => c.feedback.grade === 'good'), `${cell} good`).toBe(true);
			expect(inCell.some((c) => c.feedback.grade === 'poor'), `${cell} poor`).toBe(true);
		}
	});

	it('reveals the four reasons of the case and the pains up the chain to the CEO', () => {
		const revealed = new Set(
			choicesOf(sarah).flatMap((c) => [...c.effects.reveal, ...c.replies.flatMap((r) => r.effects.reveal)])
		);
		const reasons = sarah.discoveries.filter((d) => d.painReason).map((d) => d.painReason);
		expect(reasons.sort()).toEqual(['sm-buying', 'sm-cycle', 'sm-loyalty', 'sm-service']);
		for (const d of sarah.discoveries) expect(revealed.has(d.id), d.id).toBe(true);
		expect(sarah.discoveries.filter((d) => d.person).map((d) => d.person)).toEqual([
			'sarah-updown',
			'yoshi-goto',
			'boris-balance',
			'wolfgang-overall'
		]);
	});
});

describe('the scripted paths of the end-to-end tests', () => {
	it.each(Object.entries(ENDING_PATHS).flatMap(([id, paths]) => Object.entries(paths).map(([e, p]) => [id, e, p] as const)))(
		'%s reaches %s',
		(id, ending, path) => {
			const actor = createActor(dialogueMachine, { input: { scenario: byId(id), mode: 'coach', seed: 9 } }).start();
			actor.send({ type: 'meeting.start' });
			for (const choice of path) {
				expect(actor.getSnapshot().can({ type: 'choice.select', choice }), choice).toBe(true);
				actor.send({ type: 'choice.select', choice });
			}
			expect(actor.getSnapshot().context.ending).toBe(ending);
		}
	);

	it('covers every ending of every scenario', () => {
		for (const s of scenarios) expect(Object.keys(ENDING_PATHS[s.id]!).sort()).toEqual(s.endings.map((e) => e.id).sort());
	});
});
