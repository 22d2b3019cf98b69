import { legacyCaches, offlineCaches } from '../lib/offline-cache.ts';

/**
 * "Forget this site on this phone": removes everything the site may have stored (the saved guides,
 * the service worker, web storage), then leaves like the quick exit (src/scripts/site.ts hides the page
 * and fetches this code on the tap). Without JavaScript the button is a plain link that leaves: the site
 * cannot have stored anything without JavaScript.
 */

/** Deletes the site's offline caches, those of the earlier worker included; other sites' are left alone. */
export async function deleteOfflineCaches(base: string): Promise<void> {
	if (!('caches' in window)) return;
	const { prefix } = offlineCaches(base);
	const names = (await caches.keys()).filter((name) => name.startsWith(prefix) || legacyCaches.includes(name));
	await Promise.all(names.map((name) => caches.delete(name)));
}

/** Removes all the site stored on the phone. Each part is tried even when another fails or is blocked. */
export async function removeStoredData(base: string): Promise<void> {
	for (const storage of ['sessionStorage', 'localStorage'] as const) {
		try {
			window[storage].clear();
		} catch {
			// Storage can be blocked; the rest still matters.
		}
	}
	const scope = new URL(base, location.origin).href;
	await Promise.allSettled([
		deleteOfflineCaches(base),
		navigator.serviceWorker
			?.getRegistrations()
			.then((all) => Promise.all(all.filter((r) => r.scope.startsWith(scope)).map((r) => r.unregister()))),
		indexedDB?.databases?.().then((all) => all.forEach((db) => db.name && indexedDB.deleteDatabase(db.name))),
	]);
}
