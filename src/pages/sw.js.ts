import type { APIRoute } from 'astro';
import { basePath } from '../lib/config.ts';
import { legacyCaches, networkTimeoutMs, offlineCaches } from '../lib/offline-cache.ts';
import source from '../scripts/sw.js?raw';

/**
 * The service worker, at the base path so its scope is the whole site, with the names it shares with
 * the page scripts (src/lib/offline-cache.ts). Its comments (what it does, in src/scripts/sw.js) are
 * left out of what readers download, and so are its JSDoc types. The build replaces __VERSION__ (src/integrations/site-files.ts).
 */
export const GET: APIRoute = () =>
	new Response(
		source
			.replace(/^\s*\/\*[\s\S]*?\*\/\n/gm, '')
			.replace(/^\s*\/\/.*\n/gm, '')
			// The JSDoc types, for the type check only (tsconfig.sw.json).
			.replace(/\/\*\*(?:[^*]|\*(?!\/))*\*\/ ?/g, '')
			.replace(/^\t+/gm, '')
			.replace(`'__BASE__'`, JSON.stringify(basePath))
			.replace(`'__CACHES__'`, JSON.stringify(offlineCaches(basePath)))
			.replace(`'__LEGACY__'`, JSON.stringify(legacyCaches))
			.replace(`'__TIMEOUT__'`, JSON.stringify(networkTimeoutMs)),
		{ headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
	);
