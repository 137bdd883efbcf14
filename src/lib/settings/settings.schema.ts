import * as v from 'valibot';
import { defineKind } from '../persistence/kind';
import { SCHEMES, THEMES, type Settings } from './settings';

// The rules (schemas, migrations) of record kinds, loaded only when there is data to check: pages
// name the kinds by the references beside the types (see `kindRef`).

/** The settings record kind. */
export const settingsRecordKind = defineKind<Settings>({
	kind: 'settings',
	version: 1,
	schema: v.object({
		locale: v.picklist(['en', 'zh']),
		theme: v.picklist(THEMES),
		scheme: v.picklist(SCHEMES),
		sound: v.boolean()
	}),
	migrations: {}
});
