import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../src/lib/content/content.schema';
import { gradePlace2x2, keyPlace2x2Answer } from '../../../src/lib/exercises/place2x2/place2x2.grade';
import type { Place2x2Def } from '../../../src/lib/exercises/place2x2/place2x2.def';
import { resolvePlace2x2 } from '../../../src/lib/exercises/place2x2/place2x2.resolve';
import { gridRows, placedIn } from '../../../src/lib/exercises/place2x2/place2x2.view';
import { base, realContext, t } from './fixtures';

const ctx = realContext();
const issues: FieldIssue[] = [];
const ex = resolvePlace2x2(
	{
		...base('sam'),
		type: 'place2x2',
		grid: 'sam',
		case: 'homebody',
		items: [
			{ id: 'hb-now', text: t('Homebody today'), sam: 'current' },
			{ id: 'hb-next', text: t('Homebody heading'), sam: 'heading' },
			{ id: 'airline', text: t('Budget airline'), quadrant: 'efficient', explanation: t('Cost first.') }
		]
	} as Place2x2Def,
	ctx,
	issues
);

describe('place2x2 on the SAM grid', () => {
	it('takes Homebody’s positions, partial credit and explanations from the case', () => {
		expect(issues).toEqual([]);
		const hb = ctx.cases.get('homebody')!;
		expect(ex.items[0]).toMatchObject({ quadrant: hb.sam.current, explanation: hb.sam.explanation.current });
		expect(ex.items[1]).toMatchObject({ quadrant: 'dominator', partial: [{ choice: 'leader', credit: 0.5 }] });
	});

	it('draws cost focus across and revenue focus up', () => {
		expect(ex.x.name.en).toBe('Cost focus');
		expect(ex.y.name.en).toBe('Revenue focus');
		expect(gridRows(ex).map((row) => row.map((q) => q.id))).toEqual([
			['dominator', 'leader'],
			['laggard', 'efficient']
		]);
	});

	it('grades with partial credit for the neighbouring quadrant the case allows', () => {
		expect(gradePlace2x2(ex, keyPlace2x2Answer(ex)).score).toBe(1);
		expect(gradePlace2x2(ex, { choices: {} }).score).toBe(0);
		const r = gradePlace2x2(ex, { choices: { 'hb-next': 'leader', 'hb-now': 'leader' } });
		expect(r.items.map((i) => i.score)).toEqual([0, 0.5, 0]);
		expect(placedIn(ex, { choices: { 'hb-next': 'leader', airline: 'leader' } }, 'leader').map((i) => i.id)).toEqual([
			'hb-next',
			'airline'
		]);
	});
});
