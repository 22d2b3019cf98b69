import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, searchResults } from '../setup/chromium.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Waits until the service worker controls the page (it registers a second after load). */
async function controlled(page: import('playwright-core').Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

describe('offline reading', () => {
	it('after one visit, the pages opened and the search of her language work with the network cut, and a saved copy says so', async () => {
		const url = inject('urls').based;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}zh/pep/`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await controlled(page);
		await page.goto(`${url}zh/prep/`);
		await page.goto(`${url}zh/search/?q=${encodeURIComponent('阻断药')}`);
		await searchResults(page);
		// The search page asks the worker to keep this language's whole index: let it finish.
		await page.waitForTimeout(1500);

		await context.setOffline(true);
		await page.goto(`${url}zh/pep/`);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		const banner = page.locator('[data-offline-banner]');
		await expect.poll(() => banner.isVisible()).toBe(true);
		expect(await banner.textContent()).toContain('你现在没有网络。这是');
		await page.goto(`${url}zh/prep/`);
		expect(await page.locator('.in-short').isVisible()).toBe(true);
		await page.goto(`${url}zh/search/?q=${encodeURIComponent('拘留')}`);
		expect((await searchResults(page)).hrefs).toContain(`${new URL(url).pathname}zh/police-custody/`);

		// Back online: the reader is told to reload for the current version, never left on a stale page unawares.
		await page.goto(`${url}zh/pep/`);
		await expect.poll(() => banner.isVisible()).toBe(true);
		await context.setOffline(false);
		await page.evaluate(() => window.dispatchEvent(new Event('online')));
		await expect.poll(() => banner.textContent()).toContain('网络恢复了');
		await page.locator('[data-offline-banner] button').click();
		await page.waitForLoadState('load');
		await expect.poll(() => page.locator('[data-offline-banner]').isVisible()).toBe(false);
		await context.close();
	});

	it('"save for offline" downloads every guide of the language', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}fr/`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const save = page.locator('[data-offline-save] button');
		await save.click();
		await expect
			.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 30_000 })
			.toMatch(/^\d+ pages enregistrées/);
		await context.setOffline(true);
		for (const slug of ['identity-checks', 'health-coverage', 'phrases', 'about-us']) {
			await page.goto(`${url}fr/${slug}/`);
			expect(await page.locator('h1').isVisible(), slug).toBe(true);
			expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), `${slug} styled`).toContain(
				'system-ui',
			);
		}
		await context.close();
	});
});
