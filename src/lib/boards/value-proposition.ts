import type { Locale, Localized } from '../i18n/locale';
import type { FieldValue } from './board.types';

/** One of the three fill-in-the-blank shapes of a value proposition. */
export interface ValueShape {
	/** Stable id. */
	id: 'a' | 'b' | 'c';
	/** What the shape is built around. */
	name: Localized;
	/** The blanks, in the order they appear; each is a field of the board. */
	blanks: readonly { id: string; label: Localized }[];
	/** The sentence in each language, with `{blank-id}` where a blank goes. */
	sentence: Localized;
}

/** The three shapes of a value proposition (Target Account Selling), in our own words. */
export const VALUE_SHAPES: readonly ValueShape[] = [
	{
		id: 'a',
		name: { en: 'An initiative and its outcome, backed by a reference', zh: '业务方针与成果，并以成功案例佐证' },
		blanks: [
			{ id: 'a-initiative', label: { en: 'business initiative', zh: '业务发展方针' } },
			{ id: 'a-outcome', label: { en: 'measurable outcome', zh: '可衡量的成果' } },
			{ id: 'a-solution', label: { en: 'our solution', zh: '我方解决方案' } },
			{ id: 'a-customer', label: { en: 'a similar customer', zh: '类似的客户' } },
			{ id: 'a-past', label: { en: 'the value delivered there', zh: '当时实现的价值' } }
		],
		sentence: {
			en: 'You will be able to {a-initiative}, resulting in {a-outcome}, by putting our {a-solution} in place. We achieved similar results for {a-customer}, where it delivered {a-past}.',
			zh: '实施我们的{a-solution}后，您将能够{a-initiative}，带来{a-outcome}。我们曾为{a-customer}取得类似成果，为其实现了{a-past}。'
		}
	},
	{
		id: 'b',
		name: { en: 'From the current situation to ours, with value tracked', zh: '从现状转向我方方案，并跟踪价值' },
		blanks: [
			{ id: 'b-current', label: { en: 'the current situation', zh: '当前状况' } },
			{ id: 'b-solution', label: { en: 'our solution', zh: '我方解决方案' } },
			{ id: 'b-driver', label: { en: 'business driver', zh: '业务驱动因素' } },
			{ id: 'b-outcome', label: { en: 'measurable outcome', zh: '可衡量的成果' } },
			{ id: 'b-tracking', label: { en: 'how the value is tracked', zh: '价值跟踪方式' } },
			{ id: 'b-frequency', label: { en: 'how often it is reported', zh: '汇报频率' } }
		],
		sentence: {
			en: 'By moving from {b-current} to {b-solution}, you will improve {b-driver}, which means {b-outcome}. We will track the value through {b-tracking} and report it to you {b-frequency}.',
			zh: '从{b-current}转向{b-solution}，将改善{b-driver}，也就是{b-outcome}。我们会通过{b-tracking}跟踪价值，并{b-frequency}向您汇报。'
		}
	},
	{
		id: 'c',
		name: { en: 'A compelling event, with risk and reward shared', zh: '迫切事件，双方共担风险与回报' },
		blanks: [
			{ id: 'c-event', label: { en: 'the compelling event', zh: '迫切事件' } },
			{ id: 'c-solution', label: { en: 'our solution', zh: '我方解决方案' } },
			{ id: 'c-outcome', label: { en: 'measurable outcome', zh: '可衡量的成果' } },
			{ id: 'c-return', label: { en: 'shared risk and reward', zh: '共担风险与回报的安排' } }
		],
		sentence: {
			en: 'We can help you deal with {c-event} by installing {c-solution}, which will result in {c-outcome}. We will secure your return through {c-return}.',
			zh: '我们可以帮助您应对{c-event}：部署{c-solution}，将带来{c-outcome}。我们以{c-return}来保障您的回报。'
		}
	}
];

/** A piece of a filled-in sentence: typed text, or a blank still to fill (shown with its label). */
export type SentencePart = { text: string } | { missing: string };

/** The sentence of a shape in one language, with the board's values in its blanks. Pure. */
export function fillSentence(
	shape: ValueShape,
	fields: Readonly<Record<string, FieldValue>>,
	locale: Locale
): SentencePart[] {
	const parts: SentencePart[] = [];
	const pattern = /\{([a-z0-9-]+)\}/g;
	const sentence = shape.sentence[locale];
	let last = 0;
	for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
		if (match.index > last) parts.push({ text: sentence.slice(last, match.index) });
		const blank = shape.blanks.find((b) => b.id === match![1])!;
		const value = fields[blank.id];
		parts.push(typeof value === 'string' && value.trim() ? { text: value.trim() } : { missing: blank.label[locale] });
		last = match.index + match[0].length;
	}
	if (last < sentence.length) parts.push({ text: sentence.slice(last) });
	return parts;
}
