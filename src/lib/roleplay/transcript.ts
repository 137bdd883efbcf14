import type { Localized } from '../i18n/locale';
import type { NineBlockCell } from '../method/nine-block';
import type { CastMember, Grade, QuestionKind, Scenario, Topic } from '../scenarios/scenario.types';
import { cellOf, choiceOf, feedbackFor, nodeOf, type DialogueContext } from './dialogue-rules';

/** A person as a screen shows them: name, titles and the initials of their portrait. */
export interface PersonView {
	/** The person's id in the case. */
	id: string;
	/** Full name. */
	name: string;
	/** Full title. */
	title: Localized;
	/** Short title. */
	short: Localized;
	/** Two initials for the portrait. */
	initials: string;
}

/** A meter's change, with its name. */
export interface MeterChange {
	/** The meter's id. */
	id: string;
	/** Its name. */
	label: Localized;
	/** How much it moved. */
	delta: number;
}

/** One entry of the annotated transcript. */
export type AnnotatedEntry =
	| {
			/** The customer speaks. */
			kind: 'line';
			/** A key unique in the transcript. */
			id: string;
			/** Who speaks. */
			speaker: PersonView;
			/** What they say. */
			text: Localized;
			/** Minutes used at that moment. */
			clock: number;
	  }
	| {
			/** The learner speaks. */
			kind: 'choice';
			/** A key unique in the transcript. */
			id: string;
			/** The choice's id in the scenario. */
			choice: string;
			/** What the learner said. */
			text: Localized;
			/** Question kind, 9-block cell and topic. */
			tags: { kind: QuestionKind; cell: NineBlockCell | null; topic: Topic };
			/** Good, fair or poor. */
			grade: Grade;
			/** Why. */
			feedback: Localized;
			/** How the meters moved. */
			meters: MeterChange[];
			/** Notes it added to the notepad. */
			revealed: Localized[];
			/** Minutes used before it. */
			clock: number;
			/** Minutes it took. */
			minutes: number;
	  }
	| {
			/** The meeting ended. */
			kind: 'ending';
			/** A key unique in the transcript. */
			id: string;
			/** The ending's id. */
			ending: string;
			/** Who speaks the last line. */
			speaker: PersonView;
			/** The last line. */
			text: Localized;
			/** Minutes used at the end. */
			clock: number;
	  };

/** A person of the scenario's cast as a screen shows them. */
export function personView(scenario: Scenario, id: string): PersonView {
	const person: CastMember = scenario.cast[id] ?? {
		id,
		name: id,
		title: { en: id, zh: id },
		short: { en: id, zh: id }
	};
	const initials = person.name
		.split(/\s+/)
		.map((part) => part[0] ?? '')
		.join('')
		.slice(0, 2)
		.toUpperCase();
	return { id: person.id, name: person.name, title: person.title, short: person.short, initials };
}

/** The note of a discovery. */
export function noteOf(scenario: Scenario, id: string): Localized {
	return scenario.discoveries.find((d) => d.id === id)?.note ?? { en: id, zh: id };
}

/**
 * The note of a discovery, able to stand on its own: a fact about one part of an initiative (its
 * activity, priority, owner or reason) is prefixed with the initiative's desired result.
 */
export function noteInContext(scenario: Scenario, id: string): Localized {
	const d = scenario.discoveries.find((x) => x.id === id);
	const note = noteOf(scenario, id);
	if (!d?.initiative || d.facet === 'result') return note;
	const result = scenario.answerKey.initiatives?.find((i) => i.id === d.initiative)?.result;
	return result ? { en: `${result.en}: ${note.en}`, zh: `${result.zh}：${note.zh}` } : note;
}

/** Every meter change of a transcript entry, with the meters' names. */
export function meterChanges(scenario: Scenario, meters: Record<string, number>): MeterChange[] {
	return scenario.meters
		.filter((m) => meters[m.id] !== undefined && meters[m.id] !== 0)
		.map((m) => ({ id: m.id, label: m.label, delta: meters[m.id]! }));
}

/** The whole conversation so far with the tags, feedback and effects of every choice. */
export function annotateTranscript(context: DialogueContext): AnnotatedEntry[] {
	const { scenario } = context;
	const out: AnnotatedEntry[] = [];
	context.transcript.forEach((entry, i) => {
		if (entry.type === 'line') {
			const node = nodeOf(scenario, entry.node);
			const line = node?.lines.find((l) => l.id === entry.line);
			if (!node || !line) return;
			out.push({
				kind: 'line',
				id: `t${i}`,
				speaker: personView(scenario, node.speaker),
				text: line.text,
				clock: entry.clock
			});
		} else if (entry.type === 'choice') {
			const choice = choiceOf(scenario, entry.choice);
			const node = nodeOf(scenario, entry.node);
			if (!choice || !node) return;
			const feedback = feedbackFor(choice, entry.reply);
			out.push({
				kind: 'choice',
				id: `t${i}`,
				choice: choice.id,
				text: choice.text,
				tags: { kind: choice.kind, cell: cellOf(choice) ?? null, topic: choice.topic },
				grade: feedback.grade,
				feedback: feedback.text,
				meters: meterChanges(scenario, entry.meters),
				revealed: entry.revealed.map((id) => noteInContext(scenario, id)),
				clock: entry.clock,
				minutes: choice.minutes
			});
			const reply = choice.replies.find((r) => r.id === entry.reply);
			if (reply) {
				out.push({
					kind: 'line',
					id: `t${i}r`,
					speaker: personView(scenario, node.speaker),
					text: reply.text,
					clock: entry.clock + choice.minutes
				});
			}
		} else {
			const ending = scenario.endings.find((e) => e.id === entry.ending);
			if (!ending) return;
			out.push({
				kind: 'ending',
				id: `t${i}`,
				ending: ending.id,
				speaker: personView(scenario, scenario.customer),
				text: ending.line,
				clock: entry.clock
			});
		}
	});
	return out;
}

/** A key fact the learner did not find, and the question that would have found it. */
export interface MissedItem {
	/** The discovery's id. */
	discovery: string;
	/** Its note. */
	note: Localized;
	/** The best question that reveals it, or null when no question can. */
	question: { id: string; text: Localized } | null;
	/** True when the learner asked that question but the customer held the fact back. */
	askedButWithheld: boolean;
}

/** The discoveries that count for the debrief: those the rubric's coverage dimensions list, or all. */
export function keyDiscoveries(scenario: Scenario): string[] {
	const listed = scenario.rubric.flatMap((r) => (r.kind === 'coverage' ? r.of : []));
	return listed.length ? [...new Set(listed)] : scenario.discoveries.map((d) => d.id);
}

const gradeRank: Record<Grade, number> = { good: 0, fair: 1, poor: 2 };

/** The key facts not found, each with the best question that reveals it (good questions first). */
export function whatYouMissed(context: DialogueContext): MissedItem[] {
	const { scenario } = context;
	const choices = scenario.nodes.flatMap((n) => n.choices);
	return keyDiscoveries(scenario)
		.filter((id) => !context.discoveries.includes(id))
		.map((id) => {
			const revealing = choices
				.map((c) => {
					const always = c.effects.reveal.includes(id);
					const variant = c.replies.find((r) => r.effects.reveal.includes(id));
					if (!always && !variant) return undefined;
					const grade = (variant && !always ? variant.feedback?.grade : undefined) ?? c.feedback.grade;
					return { choice: c, grade, always };
				})
				.filter((x) => x !== undefined)
				.sort((a, b) => gradeRank[a.grade] - gradeRank[b.grade] || Number(b.always) - Number(a.always));
			const best = revealing[0];
			const askedOne = revealing.find((r) => context.asked.includes(r.choice.id));
			return {
				discovery: id,
				note: noteInContext(scenario, id),
				question: best ? { id: best.choice.id, text: best.choice.text } : null,
				askedButWithheld: !!askedOne
			};
		});
}
