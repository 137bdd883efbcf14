// Loads scenarios for the role-play tests: the tiny fixture and the real Homebody role-plays.
import { readFileSync } from 'node:fs';
import { loadCase } from '../../../src/lib/scenarios/case-loader';
import type { CaseFile } from '../../../src/lib/scenarios/case.schema';
import { loadScenario } from '../../../src/lib/scenarios/scenario-loader';
import type { Scenario } from '../../../src/lib/scenarios/scenario.types';

/** The Homebody case, by id, as the loader wants it. */
export const cases: Map<string, CaseFile> = new Map([
	['homebody', loadCase('case.yaml', readFileSync('scenarios/homebody/case.yaml', 'utf8')).value!]
]);

/** Loads a scenario file and fails loudly when it has a problem. */
export function scenario(path: string): Scenario {
	const { value, issues } = loadScenario(path, readFileSync(path, 'utf8'), cases);
	if (!value) throw new Error(issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
	return value;
}

/** The loader's problems for a file, as `field: message` lines. */
export function problems(path: string): string[] {
	return loadScenario(path, readFileSync(path, 'utf8'), cases).issues.map((i) => `${i.field}: ${i.message}`);
}

import { createActor } from 'xstate';
import { dialogueMachine } from '../../../src/lib/machines/dialogue.machine';
import type { Mode } from '../../../src/lib/roleplay/dialogue-rules';

/** Plays a list of choices and returns the actor; throws when a choice is not on offer. */
export function play(s: Scenario, choices: string[], mode: Mode = 'coach', seed = 1) {
	const actor = createActor(dialogueMachine, { input: { scenario: s, mode, seed } }).start();
	actor.send({ type: 'meeting.start' });
	for (const choice of choices) {
		if (!actor.getSnapshot().can({ type: 'choice.select', choice })) throw new Error(`${choice} is not on offer`);
		actor.send({ type: 'choice.select', choice });
	}
	return actor;
}
