import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, readBuilt } from '../setup/dist.ts';
import { langsOf, modelOf, tagOf } from '../setup/model.ts';
import { addedLanguage, logFile, projectDir } from '../setup/sites.ts';

/**
 * The fixture site in a copy of the project where a maintainer ran `npm run add-language` (see
 * tests/setup/global.ts), and a translator ran `npm run new-translation` for about-us and committed
 * the copy untranslated. Every other rule of tests/build runs on this site too.
 */
describe('a language added with npm run add-language', () => {
	const { code, name } = addedLanguage;
	const model = modelOf('added');
	const pages = model[code]!.pages;

	it('is the last language of the list, with its name and UI strings file marked as an untranslated copy', () => {
		expect(langsOf('added').at(-1)).toBe(code);
		expect(model[code]!.name).toBe(name);
		const strings = readFileSync(join(projectDir('added'), `src/i18n/ui/${code}.ts`), 'utf8');
		expect(strings).toMatch(/^export const untranslatedCopyOf = '[a-z]+';$/m);
		expect(model[code]!.ui.copyOf).toBeTruthy();
		const status = builtPage('added', `/${code}/translate/`).root;
		expect(status.querySelector(`.translate-ui li[data-lang="${code}"]`)?.getAttribute('data-ui-copy')).toBe(
			model[code]!.ui.copyOf,
		);
	});

	it('has every page of the site, each as another language’s text under a notice, out of search engines', () => {
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) {
			expect(page.noindex, page.slug).toBe(true);
			const { root } = builtPage('added', `/${code}/${page.slug}/`);
			expect(root.querySelector('html')?.getAttribute('lang')).toBe(tagOf('added', code));
			expect(root.querySelector('main > .notice'), page.slug).not.toBeNull();
			expect(root.querySelector('meta[name="robots"]')?.getAttribute('content'), page.slug).toBe('noindex');
		}
		const sitemap = readBuilt('added', 'sitemap-0.xml');
		for (const page of pages) expect(sitemap).not.toContain(`/${code}/${page.slug}/`);
		for (const lang of langsOf('added')) {
			for (const page of pages) {
				const { root } = builtPage('added', `/${lang}/${page.slug}/`);
				expect(root.querySelectorAll(`link[hreflang="${tagOf('added', code)}"]`), `${lang}/${page.slug}`).toHaveLength(
					0,
				);
			}
		}
	});

	it('reports a copied page as "not translated yet", warns in the build, and shows readers a fallback', () => {
		const copy = pages.find((page) => page.slug === 'about-us')!;
		expect(copy).toMatchObject({ status: 'not-translated', noindex: true });
		expect(copy.shows).not.toBe(code);
		expect(copy.file).toMatch(new RegExp(`pages/${code}/about-us\\.mdx$`));
		expect(readFileSync(logFile('added'), 'utf8')).toMatch(
			new RegExp(`pages/${code}/about-us\\.mdx: not translated yet, so readers get the .+ text under a notice`),
		);
		const cell = builtPage('added', `/${code}/translate/`)
			.root.querySelectorAll('tbody tr')
			.find((row) => row.querySelector('th')?.text.trim() === 'about-us')
			?.querySelector(`td[data-lang="${code}"]`);
		expect(cell?.getAttribute('data-status')).toBe('not-translated');
		expect(builtPage('added', `/${code}/about-us/`).root.querySelector('article')?.getAttribute('lang')).toBe(
			tagOf('added', copy.shows),
		);
	});

	it('has an empty search index and feed until a page is translated', () => {
		const index = JSON.parse(readBuilt('added', `search/${code}/index.json`)) as { pages: number };
		const articles = builtPages('added').filter(
			(p) => p.path.startsWith(`/${code}/`) && p.root.querySelector('article[data-search-body]'),
		);
		expect(articles).toEqual([]);
		// Its glossary too: the words are explained in other languages until they are in its own.
		expect(index.pages).toBe(0);
		expect(readBuilt('added', `${code}/feed.xml`)).not.toContain('<entry>');
	});

	it('keeps its interface pages (home, glossary, translation status) out of search engines while its interface is a copy', () => {
		const sitemap = readBuilt('added', 'sitemap-0.xml');
		for (const path of [`/${code}/`, `/${code}/glossary/`, `/${code}/translate/`]) {
			const { root } = builtPage('added', path);
			expect(root.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
			expect(root.querySelectorAll('link[rel="alternate"][hreflang]').length, path).toBe(0);
			expect(sitemap, path).not.toContain(`${path}<`);
		}
		// The languages whose interface is their own (a copy's pages are fallbacks, as above).
		for (const lang of langsOf('added').filter((other) => !modelOf('added')[other]!.ui.copyOf)) {
			for (const path of [`/${lang}/`, `/${lang}/glossary/`, `/${lang}/translate/`]) {
				const { root } = builtPage('added', path);
				expect(root.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBeUndefined();
				expect(root.querySelectorAll(`link[hreflang="${tagOf('added', code)}"]`).length, path).toBe(0);
				expect(root.querySelectorAll(`link[hreflang="${tagOf('added', lang)}"]`).length, path).toBe(1);
			}
		}
	});
});
