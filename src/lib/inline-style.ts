import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';

/**
 * The screen's styles, inlined in the head of every page: the first paint then waits for the HTML
 * alone, not for a second round trip to fetch a stylesheet. `src/styles/site.css` is on every page;
 * a few kinds of page add their own sheet from `src/styles/pages/` (a guide does not carry the styles of
 * the search results or the translation table). Read from the project's folder (the pages' code is
 * bundled elsewhere) and minified here, once.
 */
function minified(...files: string[]): string {
	const code = Buffer.concat(files.map((file) => readFileSync(join(process.cwd(), file))));
	return transform({ filename: files[0]!, code, minify: true }).code.toString();
}

/** The sheets some pages add, each in `src/styles/pages/<name>.css`. */
export const pageSheets = ['lists', 'status', 'chooser'] as const;
export type PageSheet = (typeof pageSheets)[number];

/**
 * Every page's styles: the screen's, then the printed leaflet's (`src/styles/print.css`, all under
 * `@media print`). Inline too: a stylesheet file for print alone would be one more request on every
 * first visit, as browsers fetch a `media="print"` stylesheet on every page, printed or not.
 */
export const inlineCss = minified('src/styles/site.css', 'src/styles/print.css');
/** The styles a kind of page adds, after the site's. */
export const pageCss = Object.fromEntries(
	pageSheets.map((name) => [name, minified(`src/styles/pages/${name}.css`)]),
) as Record<PageSheet, string>;

/** Every inline style a page may carry: the Content Security Policy allows these by hash, and no other. */
export const inlineStyles: readonly string[] = [inlineCss, ...pageSheets.map((name) => pageCss[name])];

/** The inline styles' hashes, the only inline code the Content Security Policy allows (src/lib/security.ts). */
export const inlineCssHashes = inlineStyles.map(
	(css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'` as const,
);
