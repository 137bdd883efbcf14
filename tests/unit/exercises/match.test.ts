import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { gradeMatch, keyMatchAnswer } from '../../../src/lib/exercises/match/match.grade';
import type { MatchDef } from '../../../src/lib/exercises/match/match.def';
import { resolveMatch } from '../../../src/lib/exercises/match/match.resolve';
import { letteredOptions } from '../../../src/lib/exercises/match/match.view';
import { base, realContext, t } from './fixtures';

const ctx = realContext();
const resolve = (def: Partial<MatchDef>) => {
	const issues: FieldIssue[] = [];
	const ex = resolveMatch({ ...base('m'), type: 'match', promptName: t('Step'), ...def } as MatchDef, ctx, issues);
	return { ex, issues };
};

describe('match from the seven steps', () => {
	const explanations = Object.fromEntries(ctx.ssmSteps.map((s) => [s.id, t(s.id)]));
	const { ex, issues } = resolve({
		source: 'ssm-steps',
		columns: [
			{ id: 'selling', name: t('Selling stage') },
			{ id: 'outcome', name: t('Verifiable outcome') }
		],
		explanations
	});

	it('pairs each buying step with its own selling stage and outcome', () => {
		expect(issues).toEqual([]);
		expect(ex.prompts.map((p) => p.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
		const vision = ex.prompts.find((p) => p.id === 'vision')!;
		expect(vision.text.en).toBe('Establishes what it needs');
		const selling = ex.columns[0]!.options.find((o) => o.id === vision.key.selling)!;
		expect(selling.text.en).toBe('Help the customer build a buying vision');
	});

	it('credits each column separately and scores key and empty answers', () => {
		expect(gradeMatch(ex, keyMatchAnswer(ex)).score).toBe(1);
		expect(gradeMatch(ex, { choices: {} }).score).toBe(0);
		const half = gradeMatch(ex, { choices: { vision: { selling: 'vision', outcome: 'close' } } });
		expect(half.items.find((i) => i.id === 'vision')).toMatchObject({ score: 0.5, verdict: 'partial' });
		expect(half.items.find((i) => i.id === 'vision')!.expected.en).toMatch(
			/^Selling stage: Help the customer build a buying vision; Verifiable outcome: /
		);
	});

	it('letters the options in a shuffled order per attempt', () => {
		const a = letteredOptions(ex, 'selling', 1);
		expect(a.map((o) => o.symbol)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
		expect(a.map((o) => o.id)).not.toEqual(letteredOptions(ex, 'selling', 2).map((o) => o.id));
	});
});

describe('match written out', () => {
	it('checks that every key names an option of its column', () => {
		const { issues } = resolve({
			columns: [
				{
					id: 'response',
					name: t('Response'),
					options: [
						{ id: 'a', text: t('A') },
						{ id: 'b', text: t('B') }
					]
				}
			],
			prompts: [
				{ id: 'p1', text: t('P1'), key: { response: 'a' }, explanation: t('x') },
				{ id: 'p2', text: t('P2'), key: { response: 'z' }, explanation: t('x') }
			]
		});
		expect(issues).toEqual([
			{ field: 'prompts.1.key.response', message: 'needs one of the options of column response' }
		]);
	});
});
