import type { PageLoad } from './$types';

/** The audience window shows without the site's header, banners and footer. */
export const load: PageLoad = () => ({ bare: true });
