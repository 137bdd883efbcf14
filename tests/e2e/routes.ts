/** Every route of the app, with a path that exists, for scans that must cover them all. */
export const ROUTES = [
	'/',
	'/course',
	'/course/opening/ssm-overview',
	'/course/understand',
	'/course/understand/pain-chain',
	'/glossary',
	'/case/homebody',
	'/roleplay/homebody-sam-tim',
	'/roleplay/homebody-nine-block',
	'/present',
	'/practice',
	'/practice/buying-selling-match',
	'/practice/investment-case',
	'/workbook',
	'/progress',
	'/settings',
	'/no-such-page'
];
