import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../../i18n/languages.ts';
import { cslJson, ris } from '../../../lib/cite.ts';
import { citeInputOf } from '../../../lib/page-cite.ts';
import { mediaTypes } from '../../../lib/security.ts';
import { getPages, type Page } from '../../../lib/site.ts';

/** The files a reference manager imports, beside each page: `cite.json` (CSL-JSON) and `cite.ris` (RIS). */
const files = {
	'cite.json': { type: mediaTypes.cslJson, write: cslJson },
	'cite.ris': { type: mediaTypes.ris, write: ris },
} as const;

export const getStaticPaths = (async () => {
	const pages = await getPages();
	return langs.flatMap((lang) =>
		pages.flatMap((page) =>
			Object.keys(files).map((file) => ({ params: { lang, slug: page.slug, file }, props: { page, lang } })),
		),
	);
}) satisfies GetStaticPaths;

/**
 * No access date: a file written at build time cannot know the day it is imported, and a reference
 * manager fills in its own (the cite box's copies carry today's).
 */
export const GET: APIRoute = ({ params, props }) => {
	const { page, lang } = props as { page: Page; lang: Lang };
	const file = files[params['file'] as keyof typeof files];
	const input = { ...citeInputOf(page, lang), accessed: new Date(0) };
	return new Response(file.write(input, false), { headers: { 'Content-Type': file.type } });
};
