import type { Localized } from '../i18n/locale';

/** One of the four questions that group the twenty opportunity criteria. */
export interface TasQuestion {
	/** Stable id. */
	id: 'opportunity' | 'compete' | 'win' | 'worth';
	/** The question. */
	name: Localized;
}

/** One of the twenty opportunity-assessment criteria (Target Account Selling). */
export interface TasCriterion {
	/** 1 to 20. */
	number: number;
	/** The question it belongs to. */
	question: TasQuestion['id'];
	/** The criterion. */
	name: Localized;
	/** The unfavourable end of its scale. */
	unfavourable: Localized;
	/** The favourable end of its scale. */
	favourable: Localized;
}

/** The four questions, in order. */
export const TAS_QUESTIONS: readonly TasQuestion[] = [
	{ id: 'opportunity', name: { en: 'Is there an opportunity?', zh: '是否存在商机？' } },
	{ id: 'compete', name: { en: 'Can we compete?', zh: '我们能参与竞争吗？' } },
	{ id: 'win', name: { en: 'Can we win?', zh: '我们能赢吗？' } },
	{ id: 'worth', name: { en: 'Is it worth winning?', zh: '值得去赢吗？' } }
];

const weak = { en: 'Weak', zh: '弱' };
const strong = { en: 'Strong', zh: '强' };
const undefinedScale = { en: 'Undefined', zh: '不明确' };
const definedScale = { en: 'Defined', zh: '明确' };
const low = { en: 'Low', zh: '低' };
const high = { en: 'High', zh: '高' };
const poor = { en: 'Poor', zh: '差' };
const good = { en: 'Good', zh: '好' };
const no = { en: 'No', zh: '否' };
const yes = { en: 'Yes', zh: '是' };

/** The twenty criteria with their numbers, groups and scales. */
export const TAS_CRITERIA: readonly TasCriterion[] = [
	{
		number: 1,
		question: 'opportunity',
		name: { en: "Customer's application or project", zh: '客户的应用或项目' },
		unfavourable: undefinedScale,
		favourable: definedScale
	},
	{
		number: 2,
		question: 'opportunity',
		name: { en: "Customer's business profile", zh: '客户的业务状况' },
		unfavourable: weak,
		favourable: strong
	},
	{
		number: 3,
		question: 'opportunity',
		name: { en: "Customer's financial condition", zh: '客户的财务状况' },
		unfavourable: weak,
		favourable: strong
	},
	{
		number: 4,
		question: 'opportunity',
		name: { en: 'Access to funds', zh: '资金来源' },
		unfavourable: no,
		favourable: yes
	},
	{
		number: 5,
		question: 'opportunity',
		name: { en: 'Compelling event', zh: '迫切事件' },
		unfavourable: undefinedScale,
		favourable: definedScale
	},
	{
		number: 6,
		question: 'compete',
		name: { en: 'Formal decision criteria', zh: '正式的决策标准' },
		unfavourable: undefinedScale,
		favourable: definedScale
	},
	{
		number: 7,
		question: 'compete',
		name: { en: 'Solution fit', zh: '解决方案的匹配度' },
		unfavourable: poor,
		favourable: good
	},
	{
		number: 8,
		question: 'compete',
		name: { en: 'Sales resource requirements', zh: '所需的销售资源' },
		unfavourable: high,
		favourable: low
	},
	{
		number: 9,
		question: 'compete',
		name: { en: 'Current relationship', zh: '现有关系' },
		unfavourable: weak,
		favourable: strong
	},
	{
		number: 10,
		question: 'compete',
		name: { en: 'Unique business value', zh: '独特的业务价值' },
		unfavourable: weak,
		favourable: strong
	},
	{
		number: 11,
		question: 'win',
		name: { en: 'Inside support', zh: '内部支持' },
		unfavourable: weak,
		favourable: strong
	},
	{
		number: 12,
		question: 'win',
		name: { en: 'Executive credibility', zh: '在高层的可信度' },
		unfavourable: weak,
		favourable: strong
	},
	{
		number: 13,
		question: 'win',
		name: { en: 'Cultural compatibility', zh: '文化契合度' },
		unfavourable: poor,
		favourable: good
	},
	{
		number: 14,
		question: 'win',
		name: { en: 'Informal decision criteria', zh: '非正式的决策标准' },
		unfavourable: undefinedScale,
		favourable: definedScale
	},
	{
		number: 15,
		question: 'win',
		name: { en: 'Political alignment', zh: '政治结盟' },
		unfavourable: weak,
		favourable: strong
	},
	{
		number: 16,
		question: 'worth',
		name: { en: 'Short-term revenue', zh: '短期收入' },
		unfavourable: low,
		favourable: high
	},
	{
		number: 17,
		question: 'worth',
		name: { en: 'Future revenue', zh: '未来收入' },
		unfavourable: low,
		favourable: high
	},
	{ number: 18, question: 'worth', name: { en: 'Profitability', zh: '盈利能力' }, unfavourable: low, favourable: high },
	{
		number: 19,
		question: 'worth',
		name: { en: 'Degree of risk', zh: '风险程度' },
		unfavourable: high,
		favourable: low
	},
	{ number: 20, question: 'worth', name: { en: 'Strategic value', zh: '战略价值' }, unfavourable: no, favourable: yes }
];

/** The three ratings of a criterion: favourable and known, unfavourable, unknown. */
export const TAS_RATINGS = [
	{ id: '+', name: { en: 'Favourable', zh: '有利' } },
	{ id: '-', name: { en: 'Unfavourable', zh: '不利' } },
	{ id: '?', name: { en: 'Unknown', zh: '未知' } }
] as const satisfies readonly { id: string; name: Localized }[];

/** A rating id. */
export type TasRating = (typeof TAS_RATINGS)[number]['id'];
