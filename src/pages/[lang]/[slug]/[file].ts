import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../../i18n/languages.ts';
import { cslJson, ris } from '../../../lib/cite.ts';
import { citeBoxOf, citeInputOf } from '../../../lib/page-cite.ts';
import { qrSvg } from '../../../lib/qr.ts';
import { mediaTypes } from '../../../lib/security.ts';
import { getPages, type Page } from '../../../lib/site.ts';

/**
 * The files beside each page: those a reference manager imports, `cite.json` (CSL-JSON) and `cite.ris`
 * (RIS); `cite-box.json`, what the cite box's script needs once the box is opened (src/lib/page-cite.ts);
 * `qr.svg`, the QR code of the page's address that its printed leaflet shows (src/lib/qr.ts).
 */
const files: Record<string, { type: string; body: (page: Page, lang: Lang) => string }> = {
	'cite.json': { type: mediaTypes.cslJson, body: (page, lang) => cslJson(forManagers(page, lang), false) },
	'cite.ris': { type: mediaTypes.ris, body: (page, lang) => ris(forManagers(page, lang), false) },
	'cite-box.json': { type: 'application/json', body: (page, lang) => JSON.stringify(citeBoxOf(page, lang)) },
	'qr.svg': { type: 'image/svg+xml', body: (page, lang) => qrSvg(citeInputOf(page, lang).url) },
};

/**
 * No access date: a file written at build time cannot know the day it is imported, and a reference
 * manager fills in its own (the cite box's copies carry today's).
 */
function forManagers(page: Page, lang: Lang) {
	return { ...citeInputOf(page, lang), accessed: new Date(0) };
}

export const getStaticPaths = (async () => {
	const pages = await getPages();
	return langs.flatMap((lang) =>
		pages.flatMap((page) =>
			Object.keys(files).map((file) => ({ params: { lang, slug: page.slug, file }, props: { page, lang } })),
		),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
	const { page, lang } = props as { page: Page; lang: Lang };
	const file = files[params['file']!]!;
	return new Response(file.body(page, lang), { headers: { 'Content-Type': file.type } });
};
