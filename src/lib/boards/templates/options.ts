import type { ChoiceOption } from '../board.types';

/** Yes or no, for the questions of the competitive decision tree. */
export const YES_NO: readonly ChoiceOption[] = [
	{ id: 'yes', label: { en: 'Yes', zh: '是' } },
	{ id: 'no', label: { en: 'No', zh: '否' } }
];

/** The focus of a business initiative. */
export const FOCUS: readonly ChoiceOption[] = [
	{ id: 'revenue', label: { en: 'Revenue', zh: '收入' } },
	{ id: 'cost', label: { en: 'Cost', zh: '成本' } }
];

/** Who does a step of an evaluation plan or an action. */
export const WHO: readonly ChoiceOption[] = [
	{ id: 'us', label: { en: 'Our team', zh: '我方团队' } },
	{ id: 'joint', label: { en: 'Joint', zh: '双方共同' } },
	{ id: 'customer', label: { en: 'Customer', zh: '客户' } }
];
