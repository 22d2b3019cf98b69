import type { Page } from 'playwright-core';

/** What the site has stored on the phone, as a page of its origin sees it. */
export interface StoredData {
	caches: string[];
	workers: string[];
	localStorage: string[];
	sessionStorage: string[];
	indexedDB: string[];
}

/** Reads everything a page of the site's origin could have left on the phone. */
export function storedData(page: Page): Promise<StoredData> {
	return page.evaluate(async () => ({
		caches: await caches.keys(),
		workers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
		localStorage: Object.keys(localStorage),
		sessionStorage: Object.keys(sessionStorage),
		indexedDB: (await indexedDB.databases()).map((db) => db.name ?? ''),
	}));
}

/** Nothing at all. */
export const nothingStored: StoredData = {
	caches: [],
	workers: [],
	localStorage: [],
	sessionStorage: [],
	indexedDB: [],
};
