import type { Localized } from '../i18n/locale';

/** A competitive strategy, or the decision to walk away. */
export interface CompetitiveStrategy {
	/** Stable id. */
	id: 'frontal' | 'flanking' | 'fragment' | 'defend' | 'develop' | 'walk-away';
	/** Offensive, defensive, or neither (walking away). */
	kind: 'offensive' | 'defensive' | 'none';
	/** The strategy's name. */
	name: Localized;
	/** When it fits and how it works, in one sentence. */
	gist: Localized;
}

/** The five competitive strategies and walking away. */
export const COMPETITIVE_STRATEGIES: readonly CompetitiveStrategy[] = [
	{
		id: 'frontal',
		kind: 'offensive',
		name: { en: 'Frontal', zh: '正面出击' },
		gist: {
			en: 'Attack head-on; needs an overwhelming advantage of about 3 to 1, with scale, speed and surprise.',
			zh: '正面进攻；需要约 3:1 的压倒性优势，依靠规模、速度和出其不意。'
		}
	},
	{
		id: 'flanking',
		kind: 'offensive',
		name: { en: 'Flanking', zh: '侧面攻击' },
		gist: {
			en: 'Change the rules of the game by redefining the buying criteria where we are uniquely strong and the competitor clearly weak.',
			zh: '改变游戏规则：在我方独具优势、对手明显薄弱之处重新定义采购标准。'
		}
	},
	{
		id: 'fragment',
		kind: 'offensive',
		name: { en: 'Fragment (divide)', zh: '化整为零' },
		gist: {
			en: 'Win a part (a department, a region, a function) where we are especially strong, and build alliances.',
			zh: '拿下我方特别强的一部分（一个部门、一个地区或一项职能），并结成联盟。'
		}
	},
	{
		id: 'defend',
		kind: 'defensive',
		name: { en: 'Defend', zh: '坚守阵地' },
		gist: {
			en: 'Protect an existing position and investment; block or delay the competitor, or coexist.',
			zh: '保护现有地位和投入；阻击或拖延对手，或与之共存。'
		}
	},
	{
		id: 'develop',
		kind: 'defensive',
		name: { en: 'Develop', zh: '开发' },
		gist: {
			en: 'Invest in the relationship and marketing, sell the attractive parts of a future solution, and build the base for later.',
			zh: '投入于关系和市场活动，推销未来方案中有吸引力的部分，为日后打好基础。'
		}
	},
	{
		id: 'walk-away',
		kind: 'none',
		name: { en: 'Walk away', zh: '放弃' },
		gist: {
			en: 'No reason to act, no way to compete, nothing to protect and nothing to gain later: spend the effort elsewhere.',
			zh: '客户没有行动理由、我方无法竞争、没有需要保护的地位，也没有日后的收益：把精力用在别处。'
		}
	}
];
