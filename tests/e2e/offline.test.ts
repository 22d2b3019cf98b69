import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultLang, type Lang } from '../../src/i18n/languages.ts';
import { around, format, ui } from '../../src/i18n/ui.ts';
import { quickExitUrl } from '../../src/lib/config.ts';
import { offlineCaches } from '../../src/lib/offline-cache.ts';
import { launch, openPage, searchResults } from '../setup/chromium.ts';
import { readBuilt } from '../setup/dist.ts';
import { startHost } from '../setup/host.ts';
import { sites } from '../setup/sites.ts';
import { nothingStored, storedData } from '../setup/storage.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The number of pages "save for offline" keeps for a language, from the built list. */
function savedPages(lang: Lang): number {
	return (JSON.parse(readBuilt('root', `${lang}/offline.json`)) as { pages: unknown[] }).pages.length;
}

/** Presses "save for offline" and waits until the page says how many pages it saved. */
async function save(page: Page, lang: Lang) {
	await page.locator('[data-offline-save] button').click();
	const expected = format(ui[lang]['offline.saved'], { count: savedPages(lang) });
	await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 60_000 }).toBe(expected);
}

/** The beginning of the notice of a saved copy, before its date. */
const staleNotice = (lang: Lang) => around(ui[lang]['offline.stale'], 'date')[0];

describe('reading and searching', () => {
	it('leave nothing on the phone, and searching with JavaScript keeps the query out of the address and the history', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}zh/`);
		await page.goto(`${url}zh/sex-work-and-the-law/`);
		await page.goto(`${url}zh/pep/`);
		await page.fill('#search-q', '艾滋病');
		await page.press('#search-q', 'Enter');
		await page.waitForURL(`${url}zh/search/`);
		expect((await searchResults(page)).hrefs.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => location.search)).toBe('');
		// A search typed on the search page itself stays out of the address too.
		await page.fill('#search-q', '律师');
		await page.press('#search-q', 'Enter');
		await searchResults(page);
		expect(page.url()).toBe(`${url}zh/search/`);
		// Back and forward visit only addresses without the query.
		await page.goBack();
		expect(page.url()).toBe(`${url}zh/pep/`);
		await page.goForward();
		expect(page.url()).toBe(`${url}zh/search/`);
		// Nothing was handed over for later: reloading shows an empty search.
		await page.reload();
		expect(await page.inputValue('#search-q')).toBe('');

		await page.waitForLoadState('networkidle');
		expect(await storedData(page)).toEqual(nothingStored);
		await context.close();
	});

	it('a search made without JavaScript loses its query from the address once the page has it', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}fr/search/?q=${encodeURIComponent('dépistage')}`);
		expect((await searchResults(page)).hrefs).toContain('/fr/free-testing/');
		expect(page.url()).toBe(`${url}fr/search/`);
		await context.close();
	});
});

describe('saving for offline reading', () => {
	it('is not kept by readers who never asked: the worker earlier versions registered on every visit removes itself', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}zh/`);
		// What an earlier version left on every reader's phone: its caches, and its worker at the same address.
		await page.evaluate(async () => {
			await (await caches.open('pages')).put('/zh/pep/', new Response('saved 2026-11-30T12:25:54Z'));
			await (await caches.open('search')).put('/zh/search/?q=x', new Response('a search'));
			await navigator.serviceWorker.register('/sw.js', { scope: '/' });
		});
		await expect.poll(async () => storedData(page), { timeout: 15_000 }).toEqual(nothingStored);
		await context.close();
	});

	it('keeps every page of the language; "forget this site" then removes all of it and leaves', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await context.route(`${quickExitUrl}**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<p>Météo</p>' }),
		);
		await page.goto(`${url}fr/`);
		await save(page, 'fr');
		const saved = await storedData(page);
		expect(saved.workers).toEqual([url]);
		expect(saved.caches.sort()).toEqual([offlineCaches('/').files, offlineCaches('/').pages]);

		await context.setOffline(true);
		for (const slug of ['identity-checks', 'health-coverage', 'phrases', 'about-us']) {
			await page.goto(`${url}fr/${slug}/`);
			expect(await page.locator('h1').isVisible(), slug).toBe(true);
			expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), `${slug} styled`).toContain(
				'system-ui',
			);
		}
		await context.setOffline(false);

		await page.goto(`${url}fr/`);
		await page.locator('a[data-forget]').click();
		await page.waitForURL(`${quickExitUrl}**`);
		const after = await context.newPage();
		await after.goto(`${url}fr/`);
		expect(await storedData(after)).toEqual(nothingStored);
		await context.close();
	});

	it('with the network cut: saved pages say they are saved copies, search works, a page never saved shows the emergency numbers', async () => {
		const host = await startHost(inject('urls').root);
		const { page, context } = await openPage(browser);
		await page.goto(`${host.url}zh/`);
		await save(page, 'zh');

		await context.setOffline(true);
		await page.goto(`${host.url}zh/pep/`);
		// The page itself carries the day it was saved: no message from the worker is needed.
		expect(await page.locator('body').getAttribute('data-saved-at')).toMatch(/^\d{4}-\d\d-\d\dT/);
		const banner = page.locator('[data-offline-banner]');
		// The notice is written by the page script, which runs after the load event: wait for it.
		await expect.poll(() => banner.textContent()).toContain(staleNotice('zh'));
		expect(await banner.isVisible()).toBe(true);
		expect(await banner.locator('button').count()).toBe(0);

		await page.goto(`${host.url}zh/search/?q=${encodeURIComponent('拘留')}`);
		expect((await searchResults(page)).hrefs).toContain('/zh/police-custody/');

		// French was not saved: the offline page of the saved language, with the numbers to call.
		await page.goto(`${host.url}fr/pep/`);
		expect(await page.locator('h1').textContent()).toBe(ui.zh['offline.missingTitle']);
		expect(
			await page.locator('nav.emergency a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
		).toContain('tel:17');
		expect(await page.locator('a.quick-exit').isVisible()).toBe(true);

		// Back online: the reader is told to reload for the current version.
		await page.goto(`${host.url}zh/pep/`);
		// The connection must return after the script listens for it, as it would for a reader.
		await expect.poll(() => banner.textContent()).toContain(staleNotice('zh'));
		await context.setOffline(false);
		await page.evaluate(() => window.dispatchEvent(new Event('online')));
		await expect.poll(() => banner.textContent()).toContain(ui.zh['offline.backOnline']);
		await banner.locator('button').click();
		await page.waitForLoadState('load');
		expect(await page.locator('body').getAttribute('data-saved-at')).toBeNull();
		expect(await banner.isVisible()).toBe(false);
		await context.close();
		await host.close();
	});

	it('on a slow network the saved copy appears within seconds, marked, and a host error shows it too', async () => {
		const host = await startHost(inject('urls').root);
		const { page, context } = await openPage(browser);
		await page.goto(`${host.url}en/`);
		await save(page, 'en');

		host.slow.set('/en/pep/', 15_000);
		const started = Date.now();
		await page.goto(`${host.url}en/pep/`, { waitUntil: 'domcontentloaded' });
		const waited = Date.now() - started;
		console.log(`slow network: the saved copy of en/pep was shown after ${waited} ms`);
		expect(waited).toBeLessThan(8_000);
		const banner = page.locator('[data-offline-banner]');
		// The page script comes from the saved copy too, after the same wait for the slow network: give it time.
		await expect.poll(() => banner.textContent(), { timeout: 20_000 }).toContain(staleNotice('en'));
		// The connection is there, only slow: reloading may bring the current page.
		await expect.poll(() => banner.locator('button').isVisible()).toBe(true);

		host.failing.set('/en/prep/', 503);
		await page.goto(`${host.url}en/prep/`);
		expect(await page.locator('body').getAttribute('data-saved-at')).toBeTruthy();
		expect(await page.locator('.in-short').isVisible()).toBe(true);
		await context.close();
		await host.close();
	});

	it('an update of the site removes withdrawn pages and the old search files of every language', async () => {
		const host = await startHost(inject('urls').root);
		const { page, context } = await openPage(browser);
		await page.goto(`${host.url}fr/`);
		await save(page, 'fr');
		await page.goto(`${host.url}zh/`);
		await save(page, 'zh');
		const { files, pages } = offlineCaches('/');
		const old = ['/search/zh/0ldbuild/p0.json', '/search/fr/0ldbuild/t0.json'];
		await page.evaluate(
			async ({ files, old }) => {
				const cache = await caches.open(files);
				for (const path of old) await cache.put(path, new Response('from an earlier build'));
			},
			{ files, old },
		);

		// A later build: /zh/press/ is withdrawn, so it is gone from the list and the worker changes.
		host.changed.set('/zh/offline.json', (body) => {
			const list = JSON.parse(body) as { pages: [string, string][]; files: [string, string][] };
			return JSON.stringify({ ...list, pages: list.pages.filter(([path]) => path !== '/zh/press/') });
		});
		host.changed.set('/sw.js', (body) => `${body}\n// a later build\n`);
		host.failing.set('/zh/press/', 404);
		await page.evaluate(
			() =>
				new Promise((done) => {
					navigator.serviceWorker.addEventListener('controllerchange', done, { once: true });
					void navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
				}),
		);
		const kept = await page.evaluate(
			async ({ files, pages }) => ({
				files: (await (await caches.open(files)).keys()).map((r) => new URL(r.url).pathname),
				pages: (await (await caches.open(pages)).keys()).map((r) => new URL(r.url).pathname),
			}),
			{ files, pages },
		);
		for (const path of old) expect(kept.files).not.toContain(path);
		expect(kept.pages).not.toContain('/zh/press/');
		expect(kept.pages).toContain('/zh/pep/');
		expect(kept.pages).toContain('/fr/press/');

		await context.setOffline(true);
		await page.goto(`${host.url}zh/press/`);
		expect(await page.locator('h1').textContent()).toBe(ui.zh['offline.missingTitle']);
		await context.close();
		await host.close();
	});

	it('uses caches named for its base path: a sibling site on the same origin keeps its own, and cannot plant pages', async () => {
		const host = await startHost(inject('urls').based);
		const base = sites.based.base;
		const { page, context } = await openPage(browser);
		await context.route(`${quickExitUrl}**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<p>Météo</p>' }),
		);
		await page.goto(`${host.url}${defaultLang}/`);
		// Another project site of the same owner, at /other/, has a cache with a fake page of this site.
		await page.evaluate(async (fake) => {
			const cache = await caches.open('other-project-v1');
			await cache.put(fake, new Response('<h1>FAKE</h1>', { headers: { 'Content-Type': 'text/html' } }));
		}, `${base}${defaultLang}/pep/`);
		await save(page, defaultLang);
		const names = (await storedData(page)).caches;
		expect(names).toContain('other-project-v1');
		for (const name of names.filter((n) => n !== 'other-project-v1'))
			expect(name).toMatch(/^steel-roses:\/steel-roses\/:/);

		await context.setOffline(true);
		await page.goto(`${host.url}${defaultLang}/pep/`);
		expect(await page.locator('h1').textContent()).not.toContain('FAKE');
		expect(await page.locator('body').getAttribute('data-saved-at')).toBeTruthy();
		await context.setOffline(false);

		await page.goto(`${host.url}${defaultLang}/`);
		await page.locator('a[data-forget]').click();
		await page.waitForURL(`${quickExitUrl}**`);
		const after = await context.newPage();
		await after.goto(`${host.url}${defaultLang}/`);
		expect(await storedData(after)).toEqual({ ...nothingStored, caches: ['other-project-v1'] });
		await context.close();
		await host.close();
	});
});
