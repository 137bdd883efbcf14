/**
 * What the compiled Paraglide messages import from their runtime, in a build. Every message is
 * called with an explicit locale (see `T.svelte` and `tr()`), so the generated runtime's locale
 * detection (URL patterns, cookies, storage, `setLocale`) would be dead weight on every page; with
 * the `baseLocale` strategy it answers `en` too. `vite.config.ts` points the messages here.
 */
export const experimentalStaticLocale: undefined = undefined;

/** The locale of a message called without one: the base locale, as the `baseLocale` strategy says. */
export const getLocale = (): 'en' => 'en';
