import type { APIRoute } from 'astro';
import { basePath } from '../lib/config.ts';
import source from '../scripts/sw.js?raw';

/**
 * The service worker, at the base path so its scope is the whole site. Its comments (the update
 * strategy, in src/scripts/sw.js) are left out of what readers download.
 */
export const GET: APIRoute = () =>
	new Response(
		source
			.replace(/^\s*\/\*[\s\S]*?\*\/\n/gm, '')
			.replace(/^\s*\/\/.*\n/gm, '')
			.replace(/^\t+/gm, '')
			.replace(`'__BASE__'`, JSON.stringify(basePath)),
		{ headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
	);
