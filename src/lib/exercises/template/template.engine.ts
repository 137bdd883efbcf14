import type { Engine } from '../engine';
import { emptyTemplateAnswer, gradeTemplate, keyTemplateAnswer } from './template.grade';
import { TemplateAnswerSchema, type TemplateAnswer, type ResolvedTemplate } from './template.types';

/** The template type's engine: answer schema, empty answer, key and grader. */
export const templateEngine: Engine<ResolvedTemplate, TemplateAnswer> = {
	schema: TemplateAnswerSchema,
	empty: emptyTemplateAnswer,
	key: keyTemplateAnswer,
	grade: gradeTemplate
};
