import { ADAPTABILITY, ATTITUDES, BUYING_ROLES, COVERAGE, ORG_ATTRIBUTES } from '../../method/org-map';
import type { BoardDef, ChoiceOption } from '../board.types';

const options = (values: readonly { id: string; symbol: string; name: { en: string; zh: string } }[]): ChoiceOption[] =>
	values.map((value) => ({ id: value.id, label: value.name, symbol: value.symbol }));

/** The organisation map: the four attributes of each key person, the political structure and the inner circle. */
export const orgMapBoard: BoardDef = {
	id: 'org-map',
	purpose: {
		en: 'Who matters in the decision: for each key person the four attributes, and who belongs to the political structure and its inner circle.',
		zh: '谁在决策中举足轻重：写出每位关键人物的四项属性，并标出谁属于政治结构、谁在核心圈内。'
	},
	sections: [
		{
			kind: 'table',
			id: 'people',
			title: { en: 'Key people', zh: '关键人物' },
			rowLabel: { en: 'Person', zh: '人物' },
			printRows: 8,
			columns: [
				{ id: 'name', kind: 'text', label: { en: 'Name', zh: '姓名' } },
				{ id: 'title', kind: 'text', label: { en: 'Title', zh: '职务' } },
				{ id: 'reports', kind: 'text', label: { en: 'Reports to', zh: '直接上级' } },
				{ id: 'role', kind: 'choice', label: ORG_ATTRIBUTES.role, options: options(BUYING_ROLES) },
				{ id: 'adaptability', kind: 'choice', label: ORG_ATTRIBUTES.adaptability, options: options(ADAPTABILITY) },
				{ id: 'attitude', kind: 'choice', label: ORG_ATTRIBUTES.attitude, options: options(ATTITUDES) },
				{ id: 'coverage', kind: 'choice', label: ORG_ATTRIBUTES.coverage, options: options(COVERAGE) },
				{ id: 'political', kind: 'check', label: { en: 'In the political structure', zh: '属于政治结构' } },
				{ id: 'inner', kind: 'check', label: { en: 'In the inner circle', zh: '属于核心圈' } },
				{ id: 'kdm', kind: 'check', label: { en: 'Key decision maker', zh: '关键决策者' } }
			]
		},
		{
			kind: 'guide',
			id: 'influence',
			title: { en: 'Questions that find the political structure', zh: '找出政治结构的问题' },
			items: [
				{
					en: 'Business value: who defines and builds it, and who helps realise it?',
					zh: '业务价值：谁来定义和创造价值？谁帮助实现价值？'
				},
				{
					en: 'Structure and policy: who sets them, and who can change them?',
					zh: '结构与政策：谁来制定？谁能改变？'
				},
				{
					en: 'Relationships: who is close to whom, and whose advice is sought?',
					zh: '人际关系：谁和谁走得近？大家会征求谁的意见？'
				},
				{
					en: 'Track record: who has past successes, and who owns the new key business?',
					zh: '过往业绩：谁有成功的先例？谁负责新的关键业务？'
				}
			]
		},
		{
			kind: 'fields',
			id: 'notes',
			fields: [
				{
					id: 'notes',
					kind: 'longText',
					label: { en: 'What the map tells us', zh: '这张图告诉我们什么' },
					hint: {
						en: 'Gaps in coverage, people to meet next, and who could lead us to the key decision maker.',
						zh: '覆盖上的空白、下一步要见的人，以及谁能引荐我们接触关键决策者。'
					}
				}
			]
		}
	]
};
