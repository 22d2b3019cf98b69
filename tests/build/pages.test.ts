import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHash } from '../../src/integrations/site-files.ts';
import { cspMeta } from '../../src/lib/security.ts';
import { builtFiles, builtPages, isRedirect, readBuilt, type BuiltPage } from '../setup/dist.ts';
import { langOfPath, langsOf, modelOf, tagOf } from '../setup/model.ts';
import { siteDir, siteNames, sites, siteUrl, type SiteName } from '../setup/sites.ts';

/** Where a path of the site is on disk, or undefined when nothing is there. */
function fileFor(site: SiteName, path: string): string | undefined {
	const inner = decodeURI(path.split(/[?#]/)[0]!).slice(sites[site].base.length);
	const candidates = inner === '' || inner.endsWith('/') ? [`${inner}index.html`] : [inner, `${inner}/index.html`];
	return candidates.find((candidate) => existsSync(join(siteDir(site), candidate)));
}

const noindex = (page: BuiltPage) =>
	page.root.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';

/** The pages every language has besides the content pages. */
const languagePages = ['', 'search/', 'glossary/', 'translate/'];

describe.each(siteNames)('the built site (%s)', (site) => {
	const pages = builtPages(site);
	const base = sites[site].base;
	const langs = langsOf(site);

	it('has every page of the site in every language of its list, and the pages of each language', () => {
		const paths = new Set(pages.map((p) => p.path));
		for (const lang of langs) {
			for (const page of modelOf(site)[lang]!.pages)
				expect(paths, `${lang}/${page.slug}`).toContain(`${base}${lang}/${page.slug}/`);
			for (const path of languagePages) expect(paths).toContain(`${base}${lang}/${path}`);
			expect(builtFiles(site)).toContain(`${lang}/404.html`);
		}
	});

	it('gives every page the lang of its language, and the root chooser every language', () => {
		for (const page of pages) {
			const lang = langOfPath(site, base, page.path);
			const tag = page.root.querySelector('html')?.getAttribute('lang');
			if (lang) expect(tag, page.path).toBe(tagOf(site, lang));
			else expect(tag, page.path).toBeTruthy();
		}
		const chooser = pages.find((p) => p.path === base)!;
		for (const lang of langs) expect(chooser.root.querySelector(`li[lang="${tagOf(site, lang)}"] a`)).not.toBeNull();
	});

	it('marks every span of another language with a known language tag', () => {
		const tags = new Set(langs.map((l) => tagOf(site, l)));
		for (const page of pages) {
			for (const element of page.root.querySelectorAll('[lang]')) {
				expect(tags, `${page.path}: lang="${element.getAttribute('lang')}"`).toContain(element.getAttribute('lang'));
			}
		}
	});

	it('has a title, a description, an absolute canonical address and the Content Security Policy on every page', () => {
		for (const page of pages.filter((p) => !isRedirect(p))) {
			const head = page.root.querySelector('head')!;
			expect(head.querySelector('title')?.text.trim(), page.path).toBeTruthy();
			expect(head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'), page.path).toBe(
				cspMeta,
			);
			expect(head.querySelector('meta[name="referrer"]')?.getAttribute('content'), page.path).toBe('no-referrer');
			if (page.file.endsWith('404.html')) continue;
			expect(head.querySelector('meta[name="description"]')?.getAttribute('content'), page.path).toBeTruthy();
			expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.path).toBe(
				new URL(page.path, siteUrl).href,
			);
		}
	});

	it('has no inline script, no inline style but one its own policy allows by hash, and loads nothing from another origin', () => {
		for (const page of pages) {
			for (const script of page.root.querySelectorAll('script')) {
				const type = script.getAttribute('type');
				if (type === 'application/ld+json') continue;
				expect(script.getAttribute('src'), `${page.path}: inline script`).toBeTruthy();
			}
			const policy = page.root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
			for (const style of page.root.querySelectorAll('style')) {
				expect(style.closest('head'), `${page.path}: <style> in the body`).toBeTruthy();
				const hash = createHash('sha256').update(style.textContent).digest('base64');
				const styleSrc = policy?.split(';').find((directive) => directive.trim().startsWith('style-src '));
				expect(styleSrc, `${page.path}: <style> not allowed by the policy`).toContain(`'sha256-${hash}'`);
			}
			expect(page.root.querySelectorAll('[style]').length, page.path).toBe(0);
			expect(page.root.querySelectorAll('iframe, embed, object').length, page.path).toBe(0);
			const loaded = [
				...page.root
					.querySelectorAll('script[src], img[src], source[src], audio[src], video[src]')
					.map((e) => e.getAttribute('src')!),
				...page.root
					.querySelectorAll('link[href]')
					.filter((e) => !/^(alternate|canonical|license)$/.test(e.getAttribute('rel') ?? ''))
					.map((e) => e.getAttribute('href')!),
			];
			for (const url of loaded) expect(url, `${page.path} loads ${url}`).toMatch(new RegExp(`^${base}`));
		}
	});

	it('has reciprocal hreflang sets pointing at pages that exist, with x-default', () => {
		const byUrl = new Map(pages.map((p) => [new URL(p.path, siteUrl).href, p]));
		for (const page of pages) {
			const alternates = page.root.querySelectorAll('link[rel="alternate"][hreflang]');
			if (alternates.length === 0) continue;
			expect(noindex(page), `${page.path} is noindex but has hreflang`).toBe(false);
			const set = alternates
				.filter((a) => a.getAttribute('hreflang') !== 'x-default')
				.map((a) => a.getAttribute('href')!)
				.sort();
			expect(
				alternates.some((a) => a.getAttribute('hreflang') === 'x-default'),
				page.path,
			).toBe(true);
			// The root chooser is in no language: it points at the homes, which point back at it as x-default.
			if (page.path !== base) expect(set, page.path).toContain(new URL(page.path, siteUrl).href);
			for (const href of set) {
				const target = byUrl.get(href);
				expect(target, `${page.path} → ${href}`).toBeDefined();
				expect(noindex(target!), `${href} is noindex`).toBe(false);
				const back = target!.root
					.querySelectorAll('link[rel="alternate"][hreflang]')
					.filter((a) => a.getAttribute('hreflang') !== 'x-default')
					.map((a) => a.getAttribute('href')!)
					.sort();
				expect(back, `${href} does not link back to the same set as ${page.path}`).toEqual(set);
			}
		}
	});

	it('resolves every internal link and asset to a file, and every #section to an id of its page', () => {
		const ids = new Map(
			pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!))]),
		);
		for (const page of pages) {
			const refs = [
				...page.root.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
				...page.root.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
				...page.root.querySelectorAll('link[href]').map((e) => e.getAttribute('href')!),
				...page.root.querySelectorAll('form[action]').map((e) => e.getAttribute('action')!),
			];
			for (const ref of refs) {
				if (/^(https?:|tel:|sms:|mailto:)/.test(ref)) continue;
				const absolute = new URL(ref, new URL(page.path, 'http://site')).pathname;
				const hash = ref.includes('#') ? decodeURIComponent(ref.split('#')[1]!) : '';
				if (ref.startsWith('#')) {
					expect(ids.get(page.path)?.has(hash), `${page.path}: no id "${hash}"`).toBe(true);
					continue;
				}
				expect(fileFor(site, absolute), `${page.path} → ${ref}`).toBeDefined();
				if (hash) {
					const target = absolute.endsWith('/') ? absolute : `${absolute}/`;
					expect(ids.get(target)?.has(hash), `${page.path} → ${ref}: no such section`).toBe(true);
				}
			}
		}
	});

	it('lists every indexable page in the sitemap, and no noindex page', () => {
		const sitemap = readBuilt(site, 'sitemap-0.xml');
		const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
		expect(readBuilt(site, 'robots.txt')).toContain(`Sitemap: ${new URL(`${base}sitemap-index.xml`, siteUrl).href}`);
		for (const page of pages) {
			const url = new URL(page.path, siteUrl).href;
			if (noindex(page) || isRedirect(page)) expect(listed.has(url), `${url} is noindex but listed`).toBe(false);
			else expect(listed.has(url), `${url} is missing from the sitemap`).toBe(true);
		}
	});

	it('gives the search page of each language the same lang as its content pages', () => {
		for (const lang of langs) {
			const search = pages.find((p) => p.path === `${base}${lang}/search/`)!;
			expect(search.root.querySelector('html')?.getAttribute('lang')).toBe(tagOf(site, lang));
			expect(search.root.querySelector('[data-search]')?.getAttribute('data-base')).toBe(base);
		}
	});

	it('writes the host files: _headers, _redirects, the service worker, manifests and offline lists', () => {
		const files = builtFiles(site);
		for (const file of ['_headers', '_redirects', 'sw.js', 'robots.txt', 'share.png', 'favicon.svg'])
			expect(files).toContain(file);
		for (const lang of langs) {
			expect(files).toContain(`${lang}/manifest.webmanifest`);
			// The home page is the one a reader installs: it links its language's manifest.
			const home = pages.find((p) => p.path === `${base}${lang}/`)!;
			expect(home.root.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
				`${base}${lang}/manifest.webmanifest`,
			);
			expect(files).toContain(`${lang}/404.html`);
			const offline = JSON.parse(readBuilt(site, `${lang}/offline.json`)) as Record<string, [string, string][]>;
			for (const [url, hash] of [...offline['pages']!, ...offline['files']!]) {
				expect(fileFor(site, url), `offline.json lists ${url}`).toBeDefined();
				expect(hash, url).toBe(fileHash(readFileSync(join(siteDir(site), fileFor(site, url)!))));
			}
		}
		expect(readBuilt(site, 'sw.js')).toContain(`const BASE = ${JSON.stringify(base)};`);
	});
});
