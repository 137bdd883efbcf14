import type { CaseFile } from '../scenarios/case.schema';
import { DIAGRAM_NAMES, type Diagram, type DiagramName, type DiagramPerson, type SsmStep } from './course.types';

/** What diagrams may draw from: the seven steps and the case companies. */
export interface DiagramContext {
	/** The seven steps of the method. */
	steps: SsmStep[];
	/** The case companies by id, for diagrams drawn from case data. */
	cases?: ReadonlyMap<string, CaseFile>;
}

/** A diagram resolved to its data, or the reason it could not be. */
export type ResolvedDiagram = { ok: true; diagram: Diagram; reveal: boolean } | { ok: false; message: string };

/** Diagrams drawn from a case company's data: they name the case, e.g. `::: diagram pain-chain homebody`. */
const NEEDS_CASE = new Set<DiagramName>(['org-chart', 'pain-chain', 'initiatives', 'tech-preferences', 'org-map']);
/** Diagrams that may name a case but do not need one. */
const MAY_TAKE_CASE = new Set<DiagramName>(['sam-grid']);
const NINE_BLOCK_ORDERS = ['creation', 'reengineering'] as const;

function isDiagramName(name: string): name is DiagramName {
	return (DIAGRAM_NAMES as readonly string[]).includes(name);
}

/** The people of a case as diagrams need them. */
export function diagramPeople(data: CaseFile): DiagramPerson[] {
	return data.people.map(({ id, name, title, short, reportsTo }) => ({ id, name, title, short, reportsTo }));
}

function build(name: DiagramName, data: CaseFile | undefined, order: Extract<Diagram, { name: 'nine-block' }>['order'], context: DiagramContext): Diagram {
	switch (name) {
		case 'ssm-process':
			return { name, steps: context.steps };
		case 'org-chart':
			return { name, people: diagramPeople(data!) };
		case 'pain-chain':
			return { name, people: diagramPeople(data!), pains: data!.pains };
		case 'initiatives':
			return { name, people: diagramPeople(data!), initiatives: data!.initiatives };
		case 'tech-preferences':
			return { name, technology: data!.technology };
		case 'org-map':
			return { name, people: diagramPeople(data!), orgMap: data!.orgMap };
		case 'sam-grid': {
			if (!data) return { name };
			const { current, heading, explanation } = data.sam;
			return { name, position: { current, heading, explanation } };
		}
		case 'nine-block':
			return order ? { name, order } : { name };
		default:
			return { name };
	}
}

/**
 * Resolves the words after `::: diagram`: a diagram name, then the case it draws from (when it
 * draws from one), then options: `reveal` folds it as an answer key; the 9-block model takes
 * `creation` or `reengineering`. Pure.
 */
export function resolveDiagram(args: string, context: DiagramContext): ResolvedDiagram {
	const [name = '', ...rest] = args.split(/\s+/).filter(Boolean);
	if (!isDiagramName(name)) return { ok: false, message: `unknown diagram "${name}"` };
	let data: CaseFile | undefined;
	let reveal = false;
	let order: (typeof NINE_BLOCK_ORDERS)[number] | undefined;
	for (const word of rest) {
		if (word === 'reveal') reveal = true;
		else if (name === 'nine-block' && (NINE_BLOCK_ORDERS as readonly string[]).includes(word)) {
			order = word as (typeof NINE_BLOCK_ORDERS)[number];
		} else if ((NEEDS_CASE.has(name) || MAY_TAKE_CASE.has(name)) && !data) {
			data = context.cases?.get(word);
			if (!data) return { ok: false, message: `diagram ${name}: no case "${word}"` };
		} else return { ok: false, message: `diagram ${name}: unknown option "${word}"` };
	}
	if (NEEDS_CASE.has(name) && !data) return { ok: false, message: `diagram ${name} needs a case, e.g. ::: diagram ${name} homebody` };
	return { ok: true, diagram: build(name, data, order, context), reveal };
}

/** The names of the diagrams in some sections, for loading only the components they need. */
export function diagramNames(sections: readonly { blocks: readonly { kind: string; diagram?: Diagram }[]; notes?: readonly { kind: string; diagram?: Diagram }[] }[]): DiagramName[] {
	const names = new Set<DiagramName>();
	for (const section of sections) {
		for (const block of [...section.blocks, ...(section.notes ?? [])]) {
			if (block.kind === 'diagram' && block.diagram) names.add(block.diagram.name);
		}
	}
	return [...names];
}
