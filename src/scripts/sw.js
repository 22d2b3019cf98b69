/*
 * The offline service worker. Served as `sw.js` at the site's base path by src/pages/sw.js.ts,
 * which puts the base path in place of __BASE__.
 *
 * Update strategy, in one line per kind of file:
 * - pages (HTML): network first. Online, a reader always gets the current page. Offline, she gets the
 *   copy saved when she last opened it, and the page shows "saved on <date>, may have changed" and,
 *   when the connection comes back, "reload to see the latest version". A stale legal page is never
 *   shown without saying so.
 * - fingerprinted assets (/_astro/…) and icons: cache first; their names change when they change.
 * - search (Pagefind): its entry files are network first (they change with every build); its index
 *   files are fingerprinted, so cache first.
 * Nothing is downloaded in advance except when the reader asks ("save for offline") or opens search
 * (then her language's search index, so search keeps working offline).
 */
const BASE = '__BASE__';
const PAGES = 'pages';
const ASSETS = 'assets';
const SEARCH = 'search';
const SAVED_AT = 'x-saved-at';

/** Clients that were given a saved copy instead of the network's, with the day it was saved. */
const servedFromCache = new Map();

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(names.filter((n) => ![PAGES, ASSETS, SEARCH].includes(n)).map((n) => caches.delete(n))),
			)
			.then(() => self.clients.claim()),
	);
});

/** Stores a response with the time it was saved, which the page shows when it is served offline. */
async function save(cacheName, request, response) {
	const body = await response.clone().arrayBuffer();
	const headers = new Headers(response.headers);
	headers.set(SAVED_AT, new Date().toISOString());
	const cache = await caches.open(cacheName);
	await cache.put(request, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

async function networkFirst(event, cacheName) {
	try {
		const response = await fetch(event.request);
		if (response.ok) event.waitUntil(save(cacheName, event.request, response));
		return response;
	} catch (error) {
		// Pagefind asks for its entry file with a cache-busting query: match saved files without it.
		const cached = await caches.match(event.request, { ignoreSearch: true });
		if (!cached) throw error;
		if (event.request.mode === 'navigate' && event.resultingClientId) {
			servedFromCache.set(event.resultingClientId, cached.headers.get(SAVED_AT));
		}
		return cached;
	}
}

async function cacheFirst(event, cacheName) {
	const cached = await caches.match(event.request);
	if (cached) return cached;
	const response = await fetch(event.request);
	if (response.ok) event.waitUntil(save(cacheName, event.request, response));
	return response;
}

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	const path = url.pathname.slice(BASE.length);
	if (event.request.mode === 'navigate') {
		event.respondWith(networkFirst(event, PAGES));
	} else if (path.startsWith('_astro/') || /\.(svg|png|ico)$/.test(path)) {
		event.respondWith(cacheFirst(event, ASSETS));
	} else if (path.startsWith('pagefind/')) {
		const entry = /^pagefind\/pagefind(-worker)?\.js$|^pagefind\/pagefind-entry\.json$/.test(path);
		event.respondWith(entry ? networkFirst(event, SEARCH) : cacheFirst(event, SEARCH));
	} else {
		event.respondWith(networkFirst(event, PAGES));
	}
});

/** Downloads the files that `offline.json` lists for one language; `parts` chooses pages and/or search. */
async function saveLanguage(lang, parts) {
	const response = await fetch(`${BASE}${lang}/offline.json`, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`offline.json: ${response.status}`);
	const list = await response.json();
	let count = 0;
	const fetchAll = async (urls, cacheName) => {
		const cache = await caches.open(cacheName);
		for (const url of urls) {
			// Fingerprinted files never change: do not spend the reader's data on them twice.
			const fingerprinted = cacheName !== PAGES && !/pagefind(-worker)?\.js$|pagefind-entry\.json$/.test(url);
			if (fingerprinted && (await cache.match(url))) {
				count++;
				continue;
			}
			const file = await fetch(url, { cache: 'no-cache' });
			if (!file.ok) throw new Error(`${url}: ${file.status}`);
			await save(cacheName, url, file);
			count++;
		}
		return cache;
	};
	if (parts.includes('pages')) {
		await fetchAll(list.pages, PAGES);
		await fetchAll(list.assets, ASSETS);
	}
	if (parts.includes('search')) {
		const cache = await fetchAll(list.search, SEARCH);
		// Drop index files of earlier builds of this language: they are no longer used.
		const keep = new Set(list.search.map((u) => new URL(u, self.location.origin).href));
		for (const request of await cache.keys()) {
			if (request.url.includes(`/pagefind/`) && request.url.includes(`${lang}_`) && !keep.has(request.url))
				await cache.delete(request);
		}
	}
	return list.pages.length;
}

self.addEventListener('message', (event) => {
	const { type, lang } = event.data ?? {};
	const reply = (message) => event.source?.postMessage(message);
	if (type === 'status') {
		reply({ type: 'status', savedAt: servedFromCache.get(event.source?.id) ?? null });
	} else if (type === 'save' && typeof lang === 'string') {
		event.waitUntil(
			saveLanguage(lang, ['pages', 'search']).then(
				(count) => reply({ type: 'saved', count }),
				() => reply({ type: 'save-failed' }),
			),
		);
	} else if (type === 'save-search' && typeof lang === 'string') {
		event.waitUntil(saveLanguage(lang, ['search']).catch(() => undefined));
	}
});
