/** The path after answering the question at `step` with `optionId`: later answers are dropped. */
export function answerAt(path: readonly string[], step: number, optionId: string): string[] {
	return [...path.slice(0, step), optionId];
}
