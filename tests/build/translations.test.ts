import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, readBuilt } from '../setup/dist.ts';
import { langsOf, modelOf, tagOf, viewsOf } from '../setup/model.ts';
import { siteNames, sites, siteUrl } from '../setup/sites.ts';

/**
 * What the page model says each reader gets, checked in the HTML of every test site, whatever its
 * languages and pages: a fallback is the other language's text under a notice, kept out of search
 * engines, hreflang, the sitemap and the search index; a real translation is in all of them.
 */
describe.each(siteNames)('every page in every language (%s)', (site) => {
	const base = sites[site].base;
	const views = viewsOf(site);
	const sitemap = readBuilt(site, 'sitemap-0.xml');
	const pathOf = (lang: string, slug: string) => `${base}${lang}/${slug}/`;

	it.each(views.filter((v) => v.noindex).map((v) => [`${v.lang}/${v.slug}`, v] as const))(
		'%s, a fallback, shows the other text under a notice and stays out of search engines, hreflang and search',
		(_, view) => {
			const { root } = builtPage(site, pathOf(view.lang, view.slug));
			expect(view.shows).not.toBe(view.lang);
			expect(root.querySelector('html')?.getAttribute('lang')).toBe(tagOf(site, view.lang));
			expect(root.querySelector('main > .notice')).not.toBeNull();
			expect(root.querySelector('article')?.getAttribute('lang')).toBe(tagOf(site, view.shows));
			expect(root.querySelector('meta[name="DC.language"]')?.getAttribute('content')).toBe(tagOf(site, view.shows));
			expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
			expect(root.querySelectorAll('link[hreflang]')).toHaveLength(0);
			expect(root.querySelector('[data-search-body]')).toBeNull();
			expect(sitemap).not.toContain(`<loc>${siteUrl}${pathOf(view.lang, view.slug)}</loc>`);
		},
	);

	it.each(views.filter((v) => !v.noindex).map((v) => [`${v.lang}/${v.slug}`, v] as const))(
		'%s, a text in its own language, is indexed and in the hreflang set of every language that has the page',
		(_, view) => {
			const { root } = builtPage(site, pathOf(view.lang, view.slug));
			expect(view.shows).toBe(view.lang);
			expect(root.querySelector('article')?.getAttribute('lang')).toBeUndefined();
			expect(root.querySelector('meta[name="DC.language"]')?.getAttribute('content')).toBe(tagOf(site, view.lang));
			expect(root.querySelector('meta[name="robots"]')).toBeNull();
			expect(root.querySelector('[data-search-body]')).not.toBeNull();
			expect(sitemap).toContain(`<loc>${siteUrl}${pathOf(view.lang, view.slug)}</loc>`);
			const real = views.filter((v) => v.slug === view.slug && !v.noindex).map((v) => tagOf(site, v.lang));
			const hreflang = root.querySelectorAll('link[hreflang]').map((l) => l.getAttribute('hreflang'));
			expect(hreflang.filter((tag) => tag !== 'x-default').sort()).toEqual(real.sort());
		},
	);

	it('indexes for search, in each language, exactly its pages that have a search body', () => {
		for (const lang of langsOf(site)) {
			const index = JSON.parse(readBuilt(site, `search/${lang}/index.json`)) as { pages: number };
			const bodies = builtPages(site).filter(
				(p) => p.path.startsWith(`${base}${lang}/`) && p.root.querySelector('[data-search-body]'),
			);
			expect(index.pages, lang).toBe(bodies.length);
		}
	});

	it('reaches every page from the language switcher of its other languages, and offers no language still to translate', () => {
		/** A language whose interface is still a copy is offered only on its own pages. */
		const copy = (lang: string) => Boolean(modelOf(site)[lang]!.ui.copyOf);
		for (const view of views) {
			const { root } = builtPage(site, pathOf(view.lang, view.slug));
			for (const other of langsOf(site)) {
				const link = root.querySelector(`.lang-switcher a[lang="${tagOf(site, other)}"]`);
				if (other !== view.lang && copy(other)) expect(link, `${view.lang}/${view.slug} → ${other}`).toBeNull();
				else expect(link?.getAttribute('href'), `${view.lang}/${view.slug} → ${other}`).toBe(pathOf(other, view.slug));
			}
		}
	});

	it('shows on the status page what the translators’ script says of every page in every language', () => {
		for (const lang of langsOf(site)) {
			const { root } = builtPage(site, `${base}${lang}/translate/`);
			for (const view of views) {
				const row = root.querySelectorAll('tbody tr').find((tr) => tr.querySelector('th')?.text.trim() === view.slug);
				expect(row?.querySelector(`td[data-lang="${view.lang}"]`)?.getAttribute('data-status'), view.slug).toBe(
					view.status,
				);
			}
		}
	});

	it('lists in the feed of each language only the pages written in it', () => {
		for (const lang of langsOf(site)) {
			const feed = readBuilt(site, `${lang}/feed.xml`);
			for (const page of modelOf(site)[lang]!.pages) {
				const link = `href="${siteUrl}${pathOf(lang, page.slug)}"`;
				if (page.noindex) expect(feed, `${lang}/${page.slug}`).not.toContain(link);
				else expect(feed, `${lang}/${page.slug}`).toContain(link);
			}
		}
	});
});

/**
 * The fixture site (tests/fixtures/site) has a page with a missing translation (en/pep), an outdated
 * one (fr/pep, whose Chinese original changed after it was translated), an up-to-date one
 * (en/police-custody) and pages in Chinese only: these tests read its French and English notices, as its
 * readers would.
 */
describe('a missing translation', () => {
	const { root } = builtPage('fixture', '/en/pep/');

	it('shows the fallback text, marked with its own language, under a notice in the reader’s language', () => {
		expect(root.querySelector('main > .notice')?.text).toContain(
			'This page is not translated into English yet. Here is the original text in French; if you cannot read it, ask the organisation for help.',
		);
		expect(root.querySelector('h1')?.text).toBe('Le préservatif a craqué, que faire ?');
	});
});

describe('an outdated translation', () => {
	const { root } = builtPage('fixture', '/fr/pep/');

	it('warns its reader that the original changed, when, what changed, and links to the original', () => {
		const notice = root.querySelector('main > .notice-warning')!;
		expect(notice.text).toContain("L'original (chinois simplifié) de cette page a été mis à jour le 28 novembre 2026");
		expect(notice.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-28');
		expect(notice.querySelector('a')?.getAttribute('href')).toBe('/zh/pep/');
		expect(notice.querySelector('ul')?.getAttribute('lang')).toBe('zh-Hans');
		expect(notice.querySelector('li')?.text).toContain('补充了急诊的说法。');
	});
});

describe('the translation status page', () => {
	it('links each page to its file: edit what exists, create what is missing', () => {
		const { root } = builtPage('fixture', '/en/translate/');
		const cell = (slug: string, lang: string) =>
			root
				.querySelectorAll('tbody tr')
				.find((row) => row.querySelector('th')?.text.trim() === slug)
				?.querySelector(`td[data-lang="${lang}"]`);
		expect(cell('pep', 'en')?.querySelector('a[href*="/new/main/"]')?.getAttribute('href')).toBe(
			'https://github.com/example/steel-roses/new/main/tests/fixtures/site/guides/en?filename=pep.mdx',
		);
		expect(cell('pep', 'fr')?.querySelector('a[href*="/edit/main/"]')?.getAttribute('href')).toBe(
			'https://github.com/example/steel-roses/edit/main/tests/fixtures/site/guides/fr/pep.mdx',
		);
		expect(root.querySelector('.translate-summary')?.text).toContain('English: 1 up to date, 0 outdated, 4 missing');
	});

	it('is linked from the footer of every page as "Help translate"', () => {
		const { root } = builtPage('fixture', '/en/');
		expect(root.querySelector('.site-footer a[href="/en/translate/"]')?.text).toBe('Help translate');
	});
});
