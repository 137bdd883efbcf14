import type { Engine } from '../engine';
import { emptyTemplateAnswer, gradeTemplate, keyTemplateAnswer } from './template.grade';
import type { TemplateAnswer, ResolvedTemplate } from './template.types';

/** The template type's engine: empty answer, key, grader, and the answer schema on demand. */
export const templateEngine: Engine<ResolvedTemplate, TemplateAnswer> = {
	answerSchema: () => import('./template.types').then((types) => types.TemplateAnswerSchema),
	empty: emptyTemplateAnswer,
	key: keyTemplateAnswer,
	grade: gradeTemplate
};
