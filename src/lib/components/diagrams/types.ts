import type { Diagram, DiagramName } from '$lib/content/course.types';
import type { Locale } from '$lib/i18n/locale';

/** The props every diagram component takes: its data and the language to draw in. */
export interface DiagramProps<N extends DiagramName = DiagramName> {
	/** The diagram with the data it draws. */
	diagram: Extract<Diagram, { name: N }>;
	/** The language to draw in. */
	locale: Locale;
}
