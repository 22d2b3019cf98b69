/*
 * The offline service worker. Served as `sw.js` at the site's base path by src/pages/sw.js.ts, which
 * fills in the base path, the cache names and the timeout (src/lib/offline-cache.ts); the build then
 * writes a version made of every saved file's hash, so any change of the site is an update.
 *
 * Nothing is stored until the reader presses "save for offline": only then does the page register this
 * worker, after putting the list of her language (`<lang>/offline.json`) in the files cache. The worker
 * never stores a page because it was opened, and never a search.
 *
 * - install: with saved lists, download what they list that is missing or changed, then take over. With
 *   none, this is an update of the worker an earlier version registered on every visit: remove its
 *   caches, and unregister once active (it goes when the last tab it controls closes).
 * - pages (navigations): network first. If a saved copy exists and the network has not answered in a
 *   few seconds, or fails, or answers 5xx, the saved copy is shown; it carries `data-saved-at` on its
 *   <body>, written when it was saved, so the page itself says that it is a saved copy. A page never
 *   saved, offline: the offline page of her language, with the emergency numbers.
 * - other files: the saved copy if there is one (each list gives its hash, so saved files are always
 *   those of the saved build), else the network. Nothing is added on the way.
 * - sync (at install, and when she saves another language): files no longer listed are deleted, so a
 *   withdrawn page does not stay readable offline.
 */
// The build fills these in (src/pages/sw.js.ts); the casts tell the type check (tsconfig.sw.json) what.
const BASE = '__BASE__';
const CACHES = /** @type {{ prefix: string, pages: string, files: string }} */ (/** @type {unknown} */ ('__CACHES__'));
const LEGACY = /** @type {string[]} */ (/** @type {unknown} */ ('__LEGACY__'));
const TIMEOUT = /** @type {number} */ (/** @type {unknown} */ ('__TIMEOUT__'));
const VERSION = '__VERSION__';
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const HASH = 'x-steel-roses-hash';

/** The absolute address of a path of the site. */
const absolute = (/** @type {string} */ path) => new URL(path, worker.location.origin).href;
/** `…/zh/offline.json` → `zh`, for the lists saved in the files cache. */
const listLang = (/** @type {string} */ url) =>
	new RegExp(`^${worker.location.origin}${BASE}([^/]+)/offline\\.json$`).exec(url)?.[1];

/** @returns {Promise<string[]>} */
async function savedLists() {
	// Opening a cache creates it: look first, so that a worker with nothing saved stores nothing.
	if (!(await caches.has(CACHES.files))) return [];
	const files = await caches.open(CACHES.files);
	return (await files.keys()).flatMap((request) => listLang(request.url) ?? []);
}

/** A short SHA-256 of a file, as the build writes it in the lists. @param {ArrayBuffer} buffer */
async function digest(buffer) {
	const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
	return [...bytes.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores a file with its hash; a page also gets `data-saved-at` on its body, for the notice it shows. */
/** @param {Cache} cache @param {string} url @param {Response} response @param {boolean} isPage */
async function store(cache, url, response, isPage) {
	const body = await response.arrayBuffer();
	const hash = await digest(body);
	const saved = isPage
		? new TextEncoder().encode(
				new TextDecoder().decode(body).replace(/<body\b/, `<body data-saved-at="${new Date().toISOString()}"`),
			)
		: body;
	const headers = { 'Content-Type': response.headers.get('Content-Type') ?? 'application/octet-stream', [HASH]: hash };
	await cache.put(url, new Response(saved, { status: 200, headers }));
}

/**
 * Brings the saved files in line with the current lists of the saved languages: downloads what is
 * missing or changed, then deletes what is no longer listed. Returns the number of pages per language.
 */
async function sync() {
	const pages = await caches.open(CACHES.pages);
	const files = await caches.open(CACHES.files);
	/** @type {Map<string, { hash: string, cache: Cache }>} */
	const wanted = new Map();
	/** @type {Map<string, Response>} */
	const lists = new Map();
	/** @type {Record<string, number>} */
	const counts = {};
	for (const lang of await savedLists()) {
		const response = await fetch(`${BASE}${lang}/offline.json`, { cache: 'no-cache' });
		if (response.status === 404) continue;
		if (!response.ok) throw new Error(`offline.json: ${response.status}`);
		const list = /** @type {{ pages: [string, string][], files: [string, string][] }} */ (
			await response.clone().json()
		);
		lists.set(absolute(`${BASE}${lang}/offline.json`), response);
		for (const [path, hash] of list.pages) wanted.set(absolute(path), { hash, cache: pages });
		for (const [path, hash] of list.files) wanted.set(absolute(path), { hash, cache: files });
		counts[lang] = list.pages.length;
	}
	for (const [url, { hash, cache }] of wanted) {
		const saved = await cache.match(url);
		if (saved?.headers.get(HASH) === hash) continue;
		const response = await fetch(url, { cache: 'no-cache' });
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		await store(cache, url, response, cache === pages);
	}
	for (const [url, response] of lists) await files.put(url, response);
	for (const cache of [pages, files]) {
		for (const request of await cache.keys()) {
			if (!wanted.has(request.url) && !lists.has(request.url)) await cache.delete(request);
		}
	}
	return counts;
}

/** Why saving failed, in the words the page has a sentence for. */
const reasonOf = (/** @type {unknown} */ error) =>
	error instanceof DOMException && error.name === 'QuotaExceededError' ? 'space' : 'network';

/** Tells every page of the site, even those this worker does not control yet. */
/** @param {{ type: string, reason?: string, version?: string }} message */
async function tell(message) {
	for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
		client.postMessage(message);
	}
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			if ((await savedLists()).length > 0) await sync();
			else await Promise.all(LEGACY.map((name) => caches.delete(name)));
			await worker.skipWaiting();
		})().catch(async (error) => {
			await tell({ type: 'save-failed', reason: reasonOf(error), version: VERSION });
			throw error;
		}),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Nothing saved: this replaces the worker an earlier version registered unasked. It goes too.
			if ((await savedLists()).length === 0) {
				await worker.registration.unregister();
				return;
			}
			const own = [CACHES.pages, CACHES.files];
			for (const name of await caches.keys()) {
				if (LEGACY.includes(name) || (name.startsWith(CACHES.prefix) && !own.includes(name))) await caches.delete(name);
			}
			await worker.clients.claim();
		})(),
	);
});

/** The offline page of the address's language, else of any saved language. */
/** @param {URL} url */
async function offlinePage(url) {
	const lang = url.pathname.slice(BASE.length).split('/')[0];
	const candidates = [lang, ...(await savedLists())].map((l) => `${BASE}${l}/offline/`);
	for (const path of candidates) {
		const page = await caches.match(path, { cacheName: CACHES.pages });
		if (page) return page;
	}
	return undefined;
}

/** @param {FetchEvent} event @returns {Promise<Response>} */
async function navigate(event) {
	const url = new URL(event.request.url);
	// A search made without JavaScript has its query in the address: its page is matched without it.
	const saved = await caches.match(url.pathname, { cacheName: CACHES.pages });
	const network = fetch(event.request).then((response) => {
		if (response.status >= 500) throw new Error(`${response.status}`);
		return response;
	});
	if (!saved) {
		try {
			return await network;
		} catch {
			return (await offlinePage(url)) ?? Response.error();
		}
	}
	/** @type {Promise<undefined>} */
	const late = new Promise((resolve) => setTimeout(resolve, TIMEOUT, undefined));
	const first = await Promise.race([network, late]).catch(() => undefined);
	if (first) return first;
	// The page is shown from the saved copy; let the slow request finish rather than break it off.
	event.waitUntil(network.catch(() => undefined));
	return saved;
}

/** @param {Request} request */
async function file(request) {
	const saved = await caches.match(request, { cacheName: CACHES.files });
	return saved ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== worker.location.origin || !url.pathname.startsWith(BASE)) return;
	// The lists are always fetched fresh, by the page that saves and by the sync.
	if (url.pathname.endsWith('/offline.json')) return;
	event.respondWith(event.request.mode === 'navigate' ? navigate(event) : file(event.request));
});

worker.addEventListener('message', (event) => {
	if (event.data?.type !== 'sync') return;
	const port = event.ports[0];
	event.waitUntil(
		sync().then(
			(counts) =>
				port?.postMessage({ type: 'saved', count: counts[/** @type {{ lang: string }} */ (event.data).lang] ?? 0 }),
			(error) => port?.postMessage({ type: 'save-failed', reason: reasonOf(error) }),
		),
	);
});
