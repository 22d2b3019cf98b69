import { NodeType } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, searchResults } from '../setup/chromium.ts';
import { builtPages } from '../setup/dist.ts';
import { builtSearch } from '../search/built-search.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Queries a reader would type, and a page each must find. */
const cases = [
	{ lang: 'zh', query: '阻断药', finds: 'pep' },
	{ lang: 'zh', query: '拘留', finds: 'police-custody' },
	{ lang: 'zh', query: '免费检测', finds: 'free-testing' },
	{ lang: 'zh', query: '暴露前预防药', finds: 'prep' },
	{ lang: 'fr', query: 'garde à vue', finds: 'police-custody' },
	{ lang: 'fr', query: 'depistage', finds: 'free-testing' },
	{ lang: 'en', query: 'custody', finds: 'police-custody' },
	{ lang: 'en', query: 'PrEP', finds: 'prep' },
] as const;

describe.each(['root', 'based'] as const)('search on the %s site', (site) => {
	it.each(cases)('finds "$query" in $lang', async ({ lang, query, finds }) => {
		const url = inject('urls')[site];
		const { page, consoleErrors, context } = await openPage(browser);
		await page.goto(`${url}${lang}/search/?q=${encodeURIComponent(query)}`);
		const { hrefs } = await searchResults(page);
		expect(hrefs).toContain(`${new URL(url).pathname}${lang}/${finds}/`);
		// Results of one language only.
		for (const href of hrefs) expect(href.startsWith(`${new URL(url).pathname}${lang}/`), href).toBe(true);
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('searches from the header box of any page, and searches again as the reader types', async () => {
		const url = inject('urls')[site];
		const { page, context } = await openPage(browser);
		await page.goto(`${url}zh/`);
		await page.fill('#search-q', '阻断药');
		await page.press('#search-q', 'Enter');
		// With JavaScript the query goes to the search page without the address (src/scripts/search-query.ts).
		await page.waitForURL(`${url}zh/search/`);
		expect((await searchResults(page)).hrefs).toContain(`${new URL(url).pathname}zh/pep/`);
		await page.fill('#search-q', '律师');
		await expect
			.poll(async () => (await searchResults(page)).hrefs, { timeout: 10_000 })
			.toContain(`${new URL(url).pathname}zh/police-custody/`);
		await context.close();
	});
});

describe('Chinese search', () => {
	it('finds phrases typed without spaces in a browser without Intl.Segmenter', async () => {
		const url = inject('urls').root;
		const { page, context, consoleErrors } = await openPage(browser);
		await context.addInitScript(() => {
			delete (Intl as { Segmenter?: unknown }).Segmenter;
		});
		for (const { query, finds } of cases.filter((c) => c.lang === 'zh')) {
			await page.goto(`${url}zh/search/?q=${encodeURIComponent(query)}`);
			expect(await page.evaluate(() => 'Segmenter' in Intl)).toBe(false);
			expect((await searchResults(page)).hrefs, query).toContain(`/zh/${finds}/`);
		}
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('finds every page from runs of its own text (recall on our Chinese pages)', () => {
		// Queries: each heading, and an 8-character run from the middle of each paragraph, as a reader
		// would copy or type them, without spaces; searched in the built index as the page searches it.
		const queries: { query: string; path: string }[] = [];
		for (const built of builtPages('root').filter(
			(p) => /^\/zh\/[a-z-]+\/$/.test(p.path) && p.root.querySelector('article[data-search-body]'),
		)) {
			const content = built.root.querySelector('.content')!;
			for (const heading of content.querySelectorAll('h2, h3')) {
				const text = heading.childNodes
					.filter((n) => n.nodeType === NodeType.TEXT_NODE)
					.map((n) => n.text)
					.join('')
					.trim();
				if (text) queries.push({ query: text, path: built.path });
			}
			for (const paragraph of content.querySelectorAll('p')) {
				const text = paragraph.text.replace(/\s+/g, '');
				const run = text.slice(Math.floor(text.length / 2) - 4, Math.floor(text.length / 2) + 4);
				if (/^[\p{Script=Han}，。、]{8}$/u.test(run)) queries.push({ query: run, path: built.path });
			}
		}
		expect(queries.length).toBeGreaterThan(100);
		const search = builtSearch('root', 'zh');
		const missed = queries.filter(({ query, path }) => !search(query).includes(path));
		console.log(`Chinese search recall: ${queries.length - missed.length}/${queries.length} queries found their page`);
		expect(missed).toEqual([]);
	});

	it('marks the query in the results, and shows the words of the same meaning it also searched', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}zh/search/?q=${encodeURIComponent('吃了阻断药')}`);
		const { hrefs } = await searchResults(page);
		expect(hrefs[0]).toBe(`${new URL(url).pathname}zh/pep/`);
		expect(await page.locator('.search-results li mark').first().textContent()).toBe('阻断药');
		await page.fill('#search-q', '套套破了咋办');
		await expect.poll(() => page.locator('[data-search-also]').textContent()).toContain('也搜索了');
		expect(await page.locator('[data-search-also]').textContent()).toContain('避孕套');
		await context.close();
	});

	it('never answers "nothing" to a query that shares words with a page, and helps when nothing matches', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		// One word of the site among words no page has.
		await page.goto(`${url}zh/search/?q=${encodeURIComponent('鳄鱼企鹅拘留')}`);
		expect((await searchResults(page)).hrefs.length).toBeGreaterThan(0);
		expect(await page.locator('[data-search-empty]').isHidden()).toBe(true);
		await page.fill('#search-q', '鳄鱼企鹅');
		await expect.poll(() => page.locator('[data-search-empty]').isVisible()).toBe(true);
		expect(await page.locator('[data-search-empty] a[href^="tel:"]').count()).toBeGreaterThan(0);
		expect(
			await page.locator(`[data-search-empty] a[href="${new URL(url).pathname}zh/where-to-get-help/"]`).count(),
		).toBe(1);
		await context.close();
	});
});

describe('without JavaScript', () => {
	it('the header search box reaches the search page, which lists every guide by topic', async () => {
		const url = inject('urls').based;
		const { page, context } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${url}fr/`);
		await page.fill('#search-q', 'dépistage');
		await page.press('#search-q', 'Enter');
		await page.waitForURL(/\/steel-roses\/fr\/search\/\?q=d/);
		const topics = await page.locator('section.topic h3').allTextContents();
		expect(topics).toEqual(['Droits et loi', 'Santé', 'Sécurité', 'À propos']);
		expect(await page.locator('.guide-list a[href="/steel-roses/fr/free-testing/"]').count()).toBe(1);
		await context.close();
	});
});
