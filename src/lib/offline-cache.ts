/**
 * What offline reading stores, shared by the page scripts (save, forget, quick exit), the service
 * worker (src/scripts/sw.js, filled in by src/pages/sw.js.ts) and the build (src/integrations/site-files.ts).
 */

/**
 * The names of the site's caches: prefixed with the base path, so that another site on the same origin
 * (a GitHub Pages project site of the same owner) neither collides with them nor has them deleted.
 */
export function offlineCaches(base: string): { prefix: string; pages: string; files: string } {
	const prefix = `steel-roses:${base}:`;
	return { prefix, pages: `${prefix}pages:v2`, files: `${prefix}files:v2` };
}

/** The caches of the earlier worker, which registered itself on every visit: removed wherever found. */
export const legacyCaches = ['pages', 'assets', 'search'];

/** How long a page waits for the network before showing the saved copy instead (slow mobile data). */
export const networkTimeoutMs = 3000;

/** The list of what saving one language downloads: `<base><lang>/offline.json`. */
export function offlineListPath(base: string, lang: string): string {
	return `${base}${lang}/offline.json`;
}
