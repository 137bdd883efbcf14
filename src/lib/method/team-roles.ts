import type { Localized } from '../i18n/locale';

/** A role a trainee takes in a team exercise. */
export interface TeamRole {
	/** Stable id. */
	id: 'captain' | 'timekeeper' | 'owner' | 'recorder' | 'customer' | 'dissent';
	/** The role's name. */
	name: Localized;
	/** What the person in this role does. */
	duty: Localized;
}

/** The six team roles of the course, in the order they are assigned. */
export const TEAM_ROLES: readonly TeamRole[] = [
	{
		id: 'captain',
		name: { en: 'Captain', zh: '队长' },
		duty: {
			en: 'Keeps the exercise moving and makes sure everyone takes part.',
			zh: '推动练习进行，确保每个人都参与。'
		}
	},
	{
		id: 'timekeeper',
		name: { en: 'Timekeeper', zh: '计时员' },
		duty: { en: 'Watches the clock and warns the team before time runs out.', zh: '掌握时间，在时间用完之前提醒大家。' }
	},
	{
		id: 'owner',
		name: { en: 'Opportunity owner', zh: '商机负责人' },
		duty: { en: "Gives the customer's background for the team's opportunity.", zh: '介绍本组商机的客户背景。' }
	},
	{
		id: 'recorder',
		name: { en: 'Recorder', zh: '记录员' },
		duty: { en: "Writes the team's work on the flip chart.", zh: '把小组的成果写在白板挂图上。' }
	},
	{
		id: 'customer',
		name: { en: 'Customer executive', zh: '“客户高管”' },
		duty: {
			en: 'Plays the customer and answers from the customer’s point of view.',
			zh: '扮演客户，从客户的角度回答问题。'
		}
	},
	{
		id: 'dissent',
		name: { en: 'Voice of dissent', zh: '“唱反调者”' },
		duty: { en: "Challenges the team's conclusions now and then.", zh: '不时对小组的结论提出质疑。' }
	}
];
