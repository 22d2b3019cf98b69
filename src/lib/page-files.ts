import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/languages.ts';
import { cslJson, ris } from './cite.ts';
import { citeBoxOf, citeInputOf, type CitedPage } from './page-cite.ts';
import { qrSvg } from './qr.ts';
import { mediaTypes } from './security.ts';

/**
 * The files beside each page, in every language: those a reference manager imports, `cite.json`
 * (CSL-JSON) and `cite.ris` (RIS); `cite-box.json`, what the cite box's script needs once the box is
 * opened (src/lib/page-cite.ts); `qr.svg`, the QR code of the page's address that its printed leaflet
 * shows (src/lib/qr.ts).
 *
 * They are written from the page model after Astro has built the pages (src/integrations/site-files.ts),
 * not as Astro routes: four routes per page made Astro's page step handle five addresses for each page,
 * which took a third of that step and 450 MiB at 1,000 pages per language (issue #16). `astro dev`
 * serves them from the same functions.
 */
export const pageFiles: Readonly<Record<string, { type: string; body: (page: CitedPage, lang: Lang) => string }>> = {
	'cite.json': { type: mediaTypes.cslJson, body: (page, lang) => cslJson(forManagers(page, lang), false) },
	'cite.ris': { type: mediaTypes.ris, body: (page, lang) => ris(forManagers(page, lang), false) },
	'cite-box.json': { type: 'application/json', body: (page, lang) => JSON.stringify(citeBoxOf(page, lang)) },
	'qr.svg': { type: 'image/svg+xml', body: (page, lang) => qrSvg(citeInputOf(page, lang).url) },
};

/**
 * No access date: a file written at build time cannot know the day it is imported, and a reference
 * manager fills in its own (the cite box's copies carry today's).
 */
function forManagers(page: CitedPage, lang: Lang) {
	return { ...citeInputOf(page, lang), accessed: new Date(0) };
}

/**
 * Writes the files beside every page of `pages` in each of `langs` into the built site `out`. Yields to
 * the event loop after each page, so that when one of the checks' processes running beside it ends,
 * the next part's process starts at once (src/integrations/site-files.ts). Returns how many files were
 * written.
 */
export async function writePageFiles(
	out: string,
	pages: readonly CitedPage[],
	langs: readonly Lang[],
): Promise<number> {
	let written = 0;
	for (const page of pages) {
		for (const lang of langs) {
			mkdirSync(join(out, lang, page.slug), { recursive: true });
			for (const [name, file] of Object.entries(pageFiles)) {
				writeFileSync(join(out, lang, page.slug, name), file.body(page, lang));
				written++;
			}
		}
		await new Promise((resolve) => setImmediate(resolve));
	}
	return written;
}
