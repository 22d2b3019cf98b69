import type { APIRoute } from 'astro';
import { basePath } from '../lib/config.ts';
import source from '../scripts/sw.js?raw';

/** The service worker, at the base path so its scope is the whole site. */
export const GET: APIRoute = () =>
	new Response(source.replace(`'__BASE__'`, JSON.stringify(basePath)), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
