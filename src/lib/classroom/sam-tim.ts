import type { Localized } from '../i18n/locale';
import type { CaseFile } from '../scenarios/case.schema';

/** The person the customer player plays in the SAM/TIM role-play. */
export const SAM_TIM_CUSTOMER = 'yoshi-goto';

/** A person of the case, as the role cards name them. */
export interface CasePersonView {
	/** The person's name (Latin script in both languages). */
	name: string;
	/** Their title. */
	title: Localized;
}

/** An initiative of the answer key, with its owner. */
export interface InitiativeView {
	/** The initiative id from the case. */
	id: string;
	/** Revenue or cost. */
	focus: 'revenue' | 'cost';
	/** 1 is the most critical. */
	priority: number;
	/** The desired business result. */
	result: Localized;
	/** BY the planned business activity. */
	activity: Localized;
	/** The compelling reason to act. */
	reason: Localized;
	/** Who owns it. */
	owner: CasePersonView;
	/** Where it stands, if the case says. */
	status?: Localized;
	/** Built for consistency rather than read from the course decks. */
	derived: boolean;
}

/** What the SAM/TIM role-play needs from a case: the customer, their pain, and the six initiatives. */
export interface SamTimCase {
	/** The case id. */
	caseId: string;
	/** The company's name. */
	company: Localized;
	/** The person the customer player plays. */
	customer: CasePersonView;
	/** Whom the customer reports to. */
	boss?: CasePersonView;
	/** Who reports to the customer. */
	reports: CasePersonView[];
	/** The customer's pain and its reasons. */
	pain?: { pain: Localized; reasons: Localized[] };
	/** The initiatives, most critical first. */
	initiatives: InitiativeView[];
	/** What the case says about derived facts. */
	derivedNotes: Localized;
}

/** Picks what the role-play needs out of a case file. Pure; runs at build time. */
export function samTimCase(file: CaseFile): SamTimCase {
	const person = (id: string | null | undefined): CasePersonView | undefined => {
		const p = file.people.find((x) => x.id === id);
		return p && { name: p.name, title: p.title };
	};
	const me = file.people.find((p) => p.id === SAM_TIM_CUSTOMER);
	if (!me) throw new Error(`case ${file.id}: the SAM/TIM role-play needs ${SAM_TIM_CUSTOMER}`);
	const pain = file.pains.find((p) => p.person === SAM_TIM_CUSTOMER);
	return {
		caseId: file.id,
		company: file.name,
		customer: { name: me.name, title: me.title },
		boss: person(me.reportsTo),
		reports: file.people.filter((p) => p.reportsTo === me.id).map((p) => ({ name: p.name, title: p.title })),
		pain: pain && { pain: pain.pain, reasons: pain.reasons.map((r) => r.text) },
		initiatives: [...file.initiatives]
			.sort((a, b) => a.priority - b.priority)
			.map((i) => ({
				id: i.id,
				focus: i.focus,
				priority: i.priority,
				result: i.result,
				activity: i.activity,
				reason: i.compellingReason,
				owner: person(i.owner)!,
				status: i.status,
				derived: i.derived
			})),
		derivedNotes: file.derivedNotes
	};
}

/** A block of a role card: a heading and its points. */
export interface CardSection {
	/** The heading. */
	title: Localized;
	/** The points. */
	items: Localized[];
	/** Whether the points are numbered. */
	ordered?: boolean;
}

/** A printable role card. */
export interface RoleCard {
	/** Stable id: the address of its handout. */
	id: 'rep' | 'customer' | 'observer';
	/** The card's name. */
	title: Localized;
	/** Whether only the player may read it. */
	confidential: boolean;
	/** Who the player is, in a sentence or two. */
	who: Localized;
	/** What the player needs. */
	sections: CardSection[];
}

/** The ids of the role cards. */
export const ROLE_CARD_IDS = ['rep', 'customer', 'observer'] as const;

/** The sales rep's three objectives for the meeting. */
export const REP_OBJECTIVES: readonly Localized[] = [
	{
		en: 'Learn the strategic business direction for the next one to three years.',
		zh: '了解公司未来一到三年的战略业务方向。'
	},
	{
		en: 'Find the key business initiatives and their priority.',
		zh: '找出关键的业务发展方针及其优先顺序。'
	},
	{
		en: 'If time allows, the compelling reason to act on each one.',
		zh: '时间允许的话，弄清每条方针必须立即行动的理由。'
	}
];

/** An item of the observer checklist. */
export interface ChecklistItem {
	/** Stable id, saved when ticked. */
	id: string;
	/** What the observer looks for. */
	text: Localized;
}

/** The observer checklist: the objectives, each initiative (found, and its reason), and how the rep ran the meeting. */
export interface ObserverChecklist {
	/** What the rep set out to learn. */
	objectives: ChecklistItem[];
	/** One row per initiative of the answer key: found it, and found its compelling reason. */
	initiatives: { initiative: InitiativeView; found: ChecklistItem; reason: ChecklistItem }[];
	/** How the rep ran the meeting. */
	conduct: ChecklistItem[];
}

/** The checklist for a case. Pure. */
export function observerChecklist(c: SamTimCase): ObserverChecklist {
	const top = c.initiatives[0];
	const objectives: ChecklistItem[] = [
		{
			id: 'direction',
			text: {
				en: 'Asked about the strategic direction for the next one to three years',
				zh: '询问了未来一到三年的战略方向'
			}
		},
		{
			id: 'priority',
			text: { en: 'Found out which initiative matters most', zh: '弄清了哪条方针最重要' }
		}
	];
	if (top) {
		objectives.push({
			id: 'owner',
			text: {
				en: `Learned who owns it: ${top.owner.name}, ${top.owner.title.en}`,
				zh: `弄清了它的负责人：${top.owner.name}（${top.owner.title.zh}）`
			}
		});
		if (top.status) {
			objectives.push({
				id: 'status',
				text: { en: `Learned where it stands: ${lower(top.status.en)}`, zh: `弄清了它的进展：${top.status.zh}` }
			});
		}
	}
	return {
		objectives,
		initiatives: c.initiatives.map((initiative) => ({
			initiative,
			found: { id: `found-${initiative.id}`, text: byText(initiative) },
			reason: {
				id: `reason-${initiative.id}`,
				text: { en: 'and its compelling reason', zh: '及其迫切的行动理由' }
			}
		})),
		conduct: CONDUCT
	};
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** An initiative as one line: result BY activity. */
export function byText(i: Pick<InitiativeView, 'result' | 'activity'>): Localized {
	return { en: `${i.result.en} BY ${i.activity.en}`, zh: `${i.result.zh}，通过${i.activity.zh}` };
}

const CONDUCT: ChecklistItem[] = [
	{
		id: 'purpose',
		text: {
			en: 'Opened with the purpose of the meeting and checked the time available',
			zh: '开场说明了会谈目的，并确认了对方可用的时间'
		}
	},
	{ id: 'open', text: { en: 'Used open questions to start each topic', zh: '每个话题都用开放式问题开头' } },
	{ id: 'control', text: { en: 'Tested understanding with control questions', zh: '用控制式问题检验自己的理解' } },
	{ id: 'confirm', text: { en: 'Summarised and had the summary confirmed', zh: '做了归纳总结，并请对方确认' } },
	{
		id: 'no-pitch',
		text: { en: 'Stayed on the business: no products pitched', zh: '始终围绕业务交流，没有推销产品' }
	},
	{ id: 'listen', text: { en: 'Let the customer do most of the talking', zh: '让客户说得比自己多' } },
	{ id: 'next-step', text: { en: 'Closed with an agreed next step', zh: '以双方认可的下一步行动结束会谈' } }
];

/** Every checklist item id, for checking saved ticks. Pure. */
export function checklistIds(list: ObserverChecklist): string[] {
	return [
		...list.objectives.map((i) => i.id),
		...list.initiatives.flatMap((r) => [r.found.id, r.reason.id]),
		...list.conduct.map((i) => i.id)
	];
}

/** The debrief: what the rep found against the answer key. */
export interface SamTimDebrief {
	/** Every initiative of the key, with whether the rep found it and its reason. */
	initiatives: { initiative: InitiativeView; found: boolean; reason: boolean }[];
	/** How many initiatives the rep found. */
	found: number;
	/** How many initiatives the key holds. */
	total: number;
	/** Whether the rep found the most critical initiative and who owns it. */
	critical?: { initiative: InitiativeView; found: boolean; owner: boolean };
	/** Whether the rep asked about the direction. */
	direction: boolean;
	/** The conduct items, ticked or not. */
	conduct: { item: ChecklistItem; ticked: boolean }[];
	/** For each initiative missed, where a question would have found it. */
	missed: { initiative: InitiativeView; hint: Localized }[];
}

/** Compares the ticked checklist with the answer key. Pure. */
export function samTimDebrief(c: SamTimCase, ticked: ReadonlySet<string>): SamTimDebrief {
	const list = observerChecklist(c);
	const initiatives = list.initiatives.map((row) => ({
		initiative: row.initiative,
		found: ticked.has(row.found.id),
		reason: ticked.has(row.reason.id)
	}));
	const top = initiatives[0];
	return {
		initiatives,
		found: initiatives.filter((i) => i.found).length,
		total: initiatives.length,
		critical: top && {
			initiative: top.initiative,
			found: top.found && ticked.has('priority'),
			owner: ticked.has('owner')
		},
		direction: ticked.has('direction'),
		conduct: list.conduct.map((item) => ({ item, ticked: ticked.has(item.id) })),
		missed: initiatives
			.filter((i) => !i.found)
			.map(({ initiative }) => ({
				initiative,
				hint: {
					en: `Ask about the area of ${initiative.owner.name} (${initiative.owner.title.en}), who owns it.`,
					zh: `问问 ${initiative.owner.name}（${initiative.owner.title.zh}）负责的领域：这条方针归其负责。`
				}
			}))
	};
}

/** The role cards of the SAM/TIM role-play for a case. Pure. */
export function roleCards(c: SamTimCase): Record<RoleCard['id'], RoleCard> {
	const name = c.customer.name;
	const title = c.customer.title;
	const top = c.initiatives[0];
	const reports = c.reports.map((r) => `${r.name} (${r.title.en})`).join(', ');
	const reportsZh = c.reports.map((r) => `${r.name}（${r.title.zh}）`).join('、');
	return {
		rep: {
			id: 'rep',
			title: { en: 'Sales rep', zh: '销售代表' },
			confidential: false,
			who: {
				en: `You are the account manager for ${c.company.en}. ${name}, ${title.en}, has agreed to a first meeting.`,
				zh: `你是负责 ${c.company.zh} 的客户经理。${name}（${title.zh}）同意和你进行第一次会面。`
			},
			sections: [
				{
					title: { en: 'Before the meeting', zh: '会面之前' },
					items: [
						{
							en: `Read the ${c.company.en} student handout: the company, its people and its pains.`,
							zh: `阅读 ${c.company.zh} 学员案例资料：公司概况、关键人物和他们的疼痛。`
						}
					]
				},
				{ title: { en: 'Your objectives', zh: '你的会谈目标' }, items: [...REP_OBJECTIVES], ordered: true },
				{
					title: { en: 'How to run the meeting', zh: '如何进行会谈' },
					items: [
						{
							en: 'State the purpose of the meeting and check how much time you have.',
							zh: '说明会谈目的，并确认对方有多少时间。'
						},
						{
							en: 'Open each topic with an open question, then listen.',
							zh: '每个话题都以开放式问题开头，然后认真倾听。'
						},
						{
							en: 'Write each initiative in two parts: the desired result BY the planned activity, and note whether it aims at revenue or cost.',
							zh: '把每条方针写成两段：期望的成果 + 通过 + 计划的活动，并注明它着眼于收入还是成本。'
						},
						{ en: 'Sum up what you heard and have it confirmed.', zh: '归纳你听到的内容，并请对方确认。' },
						{
							en: 'Do not present products: this meeting is about the business.',
							zh: '不要介绍产品：这次会谈只谈业务。'
						},
						{
							en: 'Close with a next step, such as meeting the owner of the most critical initiative.',
							zh: '以下一步行动收尾，比如约见最关键方针的负责人。'
						}
					]
				}
			]
		},
		customer: {
			id: 'customer',
			title: { en: `${name}, ${title.en}`, zh: `${name}（${title.zh}）` },
			confidential: true,
			who: {
				en: `You are ${name}, ${title.en} of ${c.company.en}${c.boss ? `, reporting to ${c.boss.name} (${c.boss.title.en})` : ''}. ${reports ? `${reports} report to you.` : ''}`.trim(),
				zh: `你是 ${c.company.zh} 的 ${name}（${title.zh}）${c.boss ? `，向 ${c.boss.name}（${c.boss.title.zh}）汇报` : ''}。${reportsZh ? `${reportsZh}向你汇报。` : ''}`
			},
			sections: [
				...(c.pain
					? [
							{
								title: { en: 'What keeps you awake', zh: '让你寝食难安的事' },
								items: [
									{
										en: `${c.pain.pain.en}, because: ${c.pain.reasons.map((r) => lower(r.en)).join('; ')}.`,
										zh: `${c.pain.pain.zh}，原因是：${c.pain.reasons.map((r) => r.zh).join('；')}。`
									}
								]
							}
						]
					: []),
				{
					title: { en: 'How to play', zh: '如何扮演' },
					items: [
						{
							en: 'This is not a session for criticism: you need not oppose every proposal.',
							zh: '这不是挑毛病的场合：不必反对对方的每一个提议。'
						},
						{
							en: 'Play a busy, fair executive: answer what you are asked.',
							zh: '扮演一位忙碌但公正的高管：问什么答什么。'
						},
						{
							en: 'At the end, tell the rep how the meeting felt from the customer’s side.',
							zh: '会谈结束后，从客户的角度告诉销售代表你的感受。'
						}
					]
				},
				{
					title: { en: 'What to reveal, and when', zh: '透露什么、何时透露' },
					items: [
						{
							en: 'The direction, when asked about the next one to three years: growing again, by winning back customers, launching products faster and entering new markets, while keeping costs under control.',
							zh: '被问到未来一到三年时，说出公司的方向：重新实现增长——赢回客户、加快新产品上市、开拓新市场，同时控制好成本。'
						},
						{
							en: 'An initiative, when the rep asks about its area or asks “what else?”. Never read out the whole list.',
							zh: '当销售代表问到相关领域，或追问“还有别的吗？”时，才透露一条方针。不要把整张清单念出来。'
						},
						...(top
							? [
									{
										en: `The priority, when asked what matters most: ${lower(top.result.en)}, owned by ${top.owner.name}${top.status ? `; ${lower(top.status.en)}` : ''}.`,
										zh: `被问到什么最重要时，说出优先事项：${top.result.zh}，由 ${top.owner.name} 负责${top.status ? `；${top.status.zh}` : ''}。`
									}
								]
							: []),
						{
							en: 'A compelling reason, only when asked why now, or what happens if nothing changes.',
							zh: '只有被问到“为什么是现在”或“如果什么都不做会怎样”时，才说出迫切的行动理由。'
						},
						{
							en: 'If the rep pitches products before understanding your business, grow shorter and look at your watch.',
							zh: '如果销售代表还没弄懂你的业务就推销产品，就把回答变短，并看看手表。'
						},
						{
							en: 'If the rep sums up well, confirm it and add one more detail.',
							zh: '如果销售代表归纳得准确，就予以确认，并再多透露一点细节。'
						}
					]
				},
				{
					title: { en: 'Your initiatives (keep this hidden)', zh: '你的业务发展方针（不要给对方看）' },
					// Most critical first, so that the list's numbers are the priorities.
					items: c.initiatives.map((i) => ({
						en: `${byText(i).en} (${i.focus}; owner ${i.owner.name}). Why now: ${lower(i.reason.en)}.`,
						zh: `${byText(i).zh}（${i.focus === 'revenue' ? '收入' : '成本'}；负责人 ${i.owner.name}）。为什么是现在：${i.reason.zh}。`
					})),
					ordered: true
				}
			]
		},
		observer: {
			id: 'observer',
			title: { en: 'Observer', zh: '观察员' },
			confidential: false,
			who: {
				en: 'You watch the meeting without taking part, tick what you see, and lead the feedback afterwards.',
				zh: '你旁观会谈、不参与其中，勾选你看到的表现，并在会后主持反馈。'
			},
			sections: [
				{
					title: { en: 'During the meeting', zh: '会谈过程中' },
					items: [
						{
							en: 'Tick each item when you see it happen, not when it is promised.',
							zh: '看到某项表现真正发生时再勾选，而不是对方说要做时。'
						},
						{ en: 'Write down one question that worked well, word for word.', zh: '逐字记下一个效果很好的问题。' }
					]
				},
				{
					title: { en: 'Afterwards', zh: '会谈结束后' },
					items: [
						{ en: 'Ask the rep first how it went, then the customer.', zh: '先请销售代表谈谈感受，再请“客户”发言。' },
						{
							en: 'Give one thing done well and one thing to try next time.',
							zh: '指出一个做得好的地方，以及下次可以尝试的一点。'
						}
					]
				}
			]
		}
	};
}
