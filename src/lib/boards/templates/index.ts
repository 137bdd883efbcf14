// Board templates are typed TypeScript data, one file per board, rather than YAML under content/:
// they are built from the shared method vocabulary (SAM quadrants, ISC areas, org-map attributes,
// the twenty criteria, the strategies and the decision tree), which stays declared once in
// src/lib/method and is imported rather than copied; the compiler checks every field against the
// BoardDef types and insists on a board for every template id; and boards work offline in the
// browser, so their definitions ship as code with no YAML parser. Adding a board: add its id to
// src/lib/method/boards.ts, write templates/<id>.ts, add it to BOARDS below; the editor, print,
// export, import and the unit tests pick it up.
import { BOARD_TEMPLATES, type BoardTemplateId } from '../../method/boards';
import type { BoardDef } from '../board.types';
import { competitiveStrategyBoard } from './competitive-strategy';
import { concernsBoard } from './concerns';
import { decisionChainBoard } from './decision-chain';
import { evaluationPlanBoard } from './evaluation-plan';
import { executivePlanBoard } from './executive-plan';
import { initiativesBoard } from './initiatives';
import { investmentCaseBoard } from './investment-case';
import { iscBridgeBoard } from './isc-bridge';
import { nineBlockBoard } from './nine-block';
import { opportunityAssessmentBoard } from './opportunity-assessment';
import { opportunityBoard } from './opportunity';
import { orgMapBoard } from './org-map';
import { painChainBoard } from './pain-chain';
import { pipelineBoard } from './pipeline';
import { projectReviewBoard } from './project-review';
import { salesChallengesBoard } from './sales-challenges';
import { samGridBoard } from './sam-grid';
import { setMetBoard } from './set-met';
import { techPreferencesBoard } from './tech-preferences';
import { valuePropositionBoard } from './value-proposition';

/** Every board template's definition, by id: the compiler refuses a template id without a board. */
export const BOARDS: Readonly<Record<BoardTemplateId, BoardDef>> = {
	opportunity: opportunityBoard,
	'sales-challenges': salesChallengesBoard,
	'sam-grid': samGridBoard,
	initiatives: initiativesBoard,
	'pain-chain': painChainBoard,
	'tech-preferences': techPreferencesBoard,
	'org-map': orgMapBoard,
	'nine-block': nineBlockBoard,
	'isc-bridge': iscBridgeBoard,
	'evaluation-plan': evaluationPlanBoard,
	'opportunity-assessment': opportunityAssessmentBoard,
	'competitive-strategy': competitiveStrategyBoard,
	'value-proposition': valuePropositionBoard,
	'investment-case': investmentCaseBoard,
	concerns: concernsBoard,
	'set-met': setMetBoard,
	pipeline: pipelineBoard,
	'decision-chain': decisionChainBoard,
	'project-review': projectReviewBoard,
	'executive-plan': executivePlanBoard
};

/** The board with the given id, or undefined for an unknown id. */
export function boardById(id: string): BoardDef | undefined {
	return Object.hasOwn(BOARDS, id) ? BOARDS[id as BoardTemplateId] : undefined;
}

/** The board templates in course order, with their names. */
export const BOARD_LIST = BOARD_TEMPLATES.map((t) => ({ ...t, def: BOARDS[t.id] }));
