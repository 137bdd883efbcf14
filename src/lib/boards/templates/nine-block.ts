import {
	NINE_BLOCK_CELLS,
	NINE_BLOCK_COLUMNS,
	NINE_BLOCK_ROWS,
	VISION_CREATION_ORDER,
	VISION_REENGINEERING_ORDER,
	type NineBlockCell
} from '../../method/nine-block';
import type { Localized } from '../../i18n/locale';
import type { BoardDef } from '../board.types';

/** What a question in each cell sets out to do, in our own words. */
const CELL_HINTS: Record<NineBlockCell, Localized> = {
	R1: { en: 'Ask what they see as the causes.', zh: '请对方说说他认为问题出在哪里。' },
	R2: { en: 'Test a cause you suspect: "Is it partly because …?"', zh: '验证你猜测的原因：“是不是部分因为……？”' },
	R3: { en: 'Sum up the causes and have them confirmed.', zh: '归纳原因，请对方确认。' },
	I1: { en: 'Ask who else, beyond their department, is affected.', zh: '问问除了他的部门，还有谁受到影响。' },
	I2: { en: 'Suggest a wider effect: "Could this also hit …?"', zh: '提出更大范围的影响：“这会不会也影响到……？”' },
	I3: { en: 'Confirm it is not only their problem.', zh: '确认这不只是他一个部门的问题。' },
	C1: { en: 'Ask how they would solve it, or offer to suggest.', zh: '问对方打算怎样解决，或请对方允许你提出建议。' },
	C2: { en: 'Offer a capability: "If you had …, would it help?"', zh: '提出一种能力：“如果您能够……，会有帮助吗？”' },
	C3: {
		en: 'Confirm the vision: "So if you could …, the problem would be solved?"',
		zh: '确认愿景：“也就是说，如果能……，问题就解决了，对吗？”'
	}
};

const orderText = (order: readonly NineBlockCell[]) => order.join(' → ');

/** The 9-block question sheet for one pain of one person. */
export const nineBlockBoard: BoardDef = {
	id: 'nine-block',
	purpose: {
		en: 'Plan the questions for one person and one pain: reasons, impact and capabilities, each with open, control and confirm questions.',
		zh: '针对一个人的一个疼痛设计提问：原因、影响和能力三栏，每栏都有开放式、控制式和确认式问题。'
	},
	sections: [
		{
			kind: 'fields',
			id: 'anchor',
			title: { en: 'Anchored on the pain', zh: '以疼痛为锚点' },
			fields: [
				{ id: 'person', kind: 'text', label: { en: 'Whose pain (name and title)', zh: '谁的疼痛（姓名和职务）' } },
				{ id: 'pain', kind: 'text', label: { en: 'The pain', zh: '疼痛' } },
				{ id: 'offer', kind: 'text', label: { en: 'Our capability or solution', zh: '我方的能力或解决方案' } },
				{
					id: 'order',
					kind: 'choice',
					label: { en: 'The customer has', zh: '客户目前' },
					options: [
						{
							id: 'creation',
							label: {
								en: `No vision yet: create one (${orderText(VISION_CREATION_ORDER)})`,
								zh: `还没有愿景：建立购买愿景（${orderText(VISION_CREATION_ORDER)}）`
							}
						},
						{
							id: 'reengineering',
							label: {
								en: `A vision already, often a competitor's: reengineer it (${orderText(VISION_REENGINEERING_ORDER)})`,
								zh: `已有愿景（往往来自竞争对手）：重塑购买愿景（${orderText(VISION_REENGINEERING_ORDER)}）`
							}
						}
					]
				}
			]
		},
		{
			kind: 'grid',
			id: 'questions',
			title: { en: 'Questions', zh: '问题' },
			layout: 'nine',
			sequence: {
				field: 'order',
				orders: {
					creation: VISION_CREATION_ORDER.map((c) => c.toLowerCase()),
					reengineering: VISION_REENGINEERING_ORDER.map((c) => c.toLowerCase())
				}
			},
			groups: NINE_BLOCK_COLUMNS.map((c) => ({ id: c.id.toLowerCase(), label: c.name })),
			rows: NINE_BLOCK_CELLS.map((cell) => {
				const column = NINE_BLOCK_COLUMNS.find((c) => c.id === cell[0])!;
				const row = NINE_BLOCK_ROWS.find((r) => r.id === Number(cell[1]))!;
				return {
					id: cell.toLowerCase(),
					group: column.id.toLowerCase(),
					label: { en: `${cell} · ${row.name.en}`, zh: `${cell} · ${row.name.zh}` },
					hint: CELL_HINTS[cell]
				};
			}),
			columns: [{ id: 'question', kind: 'longText', label: { en: 'Your question', zh: '你的问题' } }]
		}
	]
};
