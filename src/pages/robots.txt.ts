import type { APIRoute } from 'astro';
import { basePath, siteUrl } from '../lib/config.ts';
import { absoluteUrl, withBase } from '../lib/paths.ts';

/** Everything may be read; the sitemap lists the pages worth indexing. */
export const GET: APIRoute = () =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, withBase(basePath, 'sitemap-index.xml'))}\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
