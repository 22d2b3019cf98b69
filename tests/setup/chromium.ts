import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, phone } from '../../scripts/lib/browser.ts';

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** A page that records console errors, failed requests and every request's origin. */
export interface WatchedPage {
	page: Page;
	context: BrowserContext;
	consoleErrors: string[];
	requests: string[];
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
	const context = await browser.newContext({ ...phone, ...options });
	const page = await context.newPage();
	const watched: WatchedPage = { page, context, consoleErrors: [], requests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') watched.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watched.consoleErrors.push(String(error)));
	context.on('request', (request) => watched.requests.push(request.url()));
	return watched;
}

/** Waits until the search page has finished its query (its status no longer says it is searching). */
export async function searchResults(page: Page): Promise<{ status: string; titles: string[]; hrefs: string[] }> {
	await page.waitForFunction(() => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		const loading = document.querySelector<HTMLElement>('[data-search]')?.dataset['loading'];
		return status !== '' && status !== loading;
	});
	return {
		status: (await page.locator('[data-search-status]').textContent()) ?? '',
		titles: await page.locator('.search-results > li > a').allTextContents(),
		hrefs: await page
			.locator('.search-results > li > a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
	};
}
