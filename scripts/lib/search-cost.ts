/**
 * What a search costs a reader, measured in the browser on the site's own search page: the bytes of
 * the search files (`search/<lang>/`, src/lib/search-index.ts) fetched for a query and the time until its first results show. Used by
 * `npm run bench` and `npm run search-eval`.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { phone } from './browser.ts';

export interface QueryCost {
	query: string;
	/** Milliseconds from pressing "search" to the first result on screen (or the final "nothing found"). */
	ms: number;
	/** Bytes of the search files fetched for this query, as the browser holds them (after any gzip). */
	bytes: number;
	/** Bytes on the wire (compressed by the server where it compresses). */
	transferred: number;
	/** Number of search files fetched. */
	files: number;
	/** The results' addresses, in order. */
	hrefs: string[];
	/** The status line the reader sees when the search is done. */
	status: string;
}

/** Waits until no request of `pending` has been loading for `rounds` checks `ms` apart. */
export async function settled(page: Page, pending: ReadonlySet<Request>, rounds: number, ms: number): Promise<void> {
	for (let quiet = 0; quiet < rounds;) {
		await page.waitForTimeout(ms);
		quiet = pending.size === 0 ? quiet + 1 : 0;
	}
}

/** The bytes of finished requests: as the browser holds them (after any gzip), and on the wire. */
export async function bytesOf(requests: readonly Request[]): Promise<{ bytes: number; transferred: number }> {
	let bytes = 0;
	let transferred = 0;
	for (const request of requests) {
		const response = await request.response();
		bytes += (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
		transferred += (await request.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
	}
	return { bytes, transferred };
}

/**
 * Runs the queries one after another in one fresh browser tab of a phone's size, on the search page at
 * `searchUrl`, as a reader would (types, then taps search). The first query is cold (nothing of the
 * index loaded or cached yet); each later one is warm. Each query's cost counts the search files fetched
 * from the tap until the page has settled (no search file still loading, the status final).
 */
export async function searchCosts(
	browser: Browser,
	searchUrl: string,
	queries: readonly string[],
): Promise<QueryCost[]> {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	const pending = new Set<Request>();
	let fetched: Request[] = [];
	page.on('request', (request) => {
		if (!/\/search\/[^/]+\/.+\.json$/.test(new URL(request.url()).pathname)) return;
		pending.add(request);
		fetched.push(request);
	});
	page.on('requestfinished', (request) => pending.delete(request));
	page.on('requestfailed', (request) => pending.delete(request));
	await page.goto(searchUrl);
	const costs: QueryCost[] = [];
	try {
		for (const query of queries) {
			fetched = [];
			const ms: number = await page.evaluate(
				(query) =>
					new Promise<number>((done) => {
						const input = document.querySelector<HTMLInputElement>('#search-q')!;
						const root = document.querySelector<HTMLElement>('[data-search]')!;
						const status = root.querySelector('[data-search-status]')!;
						const list = root.querySelector('[data-search-results]')!;
						let started = 0;
						// Done when a result is on screen, or when the status is final without one.
						const shown = () =>
							started > 0 &&
							(list.querySelector('li') !== null ||
								(status.textContent !== '' && status.textContent !== root.dataset['loading']));
						const observer = new MutationObserver(() => {
							if (!shown()) return;
							observer.disconnect();
							done(performance.now() - started);
						});
						observer.observe(root, { childList: true, subtree: true, characterData: true });
						input.value = query;
						started = performance.now();
						list.replaceChildren();
						input.form!.requestSubmit();
					}),
				query,
			);
			// Settled: the status is final and no search file has been loading for a moment.
			await page.waitForFunction(() => {
				const root = document.querySelector<HTMLElement>('[data-search]')!;
				const status = root.querySelector('[data-search-status]')!.textContent;
				return status !== '' && status !== root.dataset['loading'];
			});
			await settled(page, pending, 2, 50);
			const { bytes, transferred } = await bytesOf(fetched);
			costs.push({
				query,
				ms,
				bytes,
				transferred,
				files: fetched.length,
				hrefs: await page
					.locator('[data-search-results] > li > a')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
				status: (await page.locator('[data-search-status]').textContent()) ?? '',
			});
		}
	} finally {
		await context.close();
	}
	return costs;
}
