import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { licence } from '../../src/lib/config.ts';
import { loadRedirects } from '../../src/lib/redirects.ts';
import { builtPage, builtPages, readBuilt } from '../setup/dist.ts';
import { langsOf, modelOf } from '../setup/model.ts';
import { pressContact, repoUrl, siteDir, siteNames, sites, siteUrl } from '../setup/sites.ts';

const langs = langsOf('root');
/** Every page of the real site in every language, with the content file its readers get. */
const views = langs.flatMap((lang) =>
	modelOf('root')[lang]!.pages.map((page) => ({
		lang,
		slug: page.slug,
		file: `src/content/${page.collection}/${page.shows}/${page.slug}.mdx`,
	})),
);

/**
 * The pairs of a COinS ContextObject as Zotero's own parser reads them (`parseContextObject` in
 * zotero/utilities openurl.js): split on `&` and `=`, `+` and `%2B` read as spaces, then decoded.
 */
function contextObject(title: string): Map<string, string> {
	return new Map(
		title.split('&').map((pair) => {
			const [key = '', value = ''] = pair.split('=');
			return [key, decodeURIComponent(value.replace(/\+|%2[bB]/g, ' '))];
		}),
	);
}

describe('reference managers', () => {
	it.each(views)('Zotero saves $lang/$slug as a Web Page with a one-field author and a website title', (view) => {
		const { root } = builtPage('root', `/${view.lang}/${view.slug}/`);
		const meta = (name: string) => root.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
		// Embedded Metadata: any `citation_*` tag makes its type guess "journalArticle" (hwTypeGuess), and
		// then og:site_name is dropped (the RDF translator keeps it only for webpage, blogPost and newspaper).
		expect(root.querySelectorAll('meta[name^="citation_"], meta[name="DC.type"]')).toHaveLength(0);
		expect(meta('og:site_name')?.getAttribute('content')).toBeTruthy();
		// COinS, which Zotero runs first (priority 310, Embedded Metadata 320): each key as openurl.js reads it.
		const spans = root.querySelectorAll('span.Z3988[title]');
		expect(spans).toHaveLength(1);
		const co = contextObject(spans[0]!.getAttribute('title')!);
		expect(co.get('rft_val_fmt'), 'the Dublin Core format makes a Web Page').toBe('info:ofi/fmt:kev:mtx:dc');
		expect(co.get('rft.aucorp'), 'an institutional author, never split into first and last names').toBe(
			meta('DC.creator')?.getAttribute('content'),
		);
		expect(co.get('rft.title')).toBe(root.querySelector('h1')?.text);
		expect(co.get('rft.source'), 'the website title').toBe(meta('og:site_name')?.getAttribute('content'));
		expect(co.get('rft.date')).toBe(meta('article:modified_time')?.getAttribute('content'));
		expect(co.get('rft.language')).toBe(meta('DC.language')?.getAttribute('content'));
		expect(co.get('rft.identifier')).toBe(`${siteUrl}/${view.lang}/${view.slug}/`);
		// `rft_id` with an address makes Zotero blank the access date it would otherwise fill in.
		expect(co.has('rft_id')).toBe(false);
		expect(co.get('rft.rights')).toBe(licence.name);
	});

	it('offers each page as CSL-JSON and RIS files without a stale access date', () => {
		for (const view of views.filter((v) => v.lang === langs[0])) {
			const box = builtPage('root', `/${view.lang}/${view.slug}/`).root.querySelector('.cite-downloads')!;
			const [json, ris] = box.querySelectorAll('a[download]').map((a) => a.getAttribute('href')!);
			const item = JSON.parse(readBuilt('root', json!.slice(1)))[0];
			expect(item).toMatchObject({ type: 'webpage', URL: `${siteUrl}/${view.lang}/${view.slug}/` });
			expect(item).not.toHaveProperty('accessed');
			expect(item).not.toHaveProperty('publisher');
			const lines = readBuilt('root', ris!.slice(1)).split('\r\n');
			expect(lines[0]).toBe('TY  - ELEC');
			expect(lines.at(-1)).toBe('ER  - ');
			expect(lines.some((line) => line.startsWith('Y2'))).toBe(false);
		}
	});
});

describe('the version of a page', () => {
	/** The text of a file at a commit, as git stores it (`HEAD`: the text the site was built from). */
	const blobAt = (commit: string, file: string) =>
		execFileSync('git', ['rev-parse', `${commit}:${file}`], { encoding: 'utf8' }).trim();

	it.each(langs)('links each page in %s to its file at the commit of its last change', (lang) => {
		for (const view of views.filter((v) => v.lang === lang)) {
			const version = builtPage('root', `/${lang}/${view.slug}/`).root.querySelector('.page-meta .version')!;
			const link = version.querySelector('a[href*="/blob/"]');
			const commit = /\/blob\/([0-9a-f]{40})\//.exec(link?.getAttribute('href') ?? '')?.[1] ?? '';
			expect(link?.getAttribute('href'), view.file).toBe(`${repoUrl}/blob/${commit}/${view.file}`);
			expect(link?.text).toBe(commit.slice(0, 7));
			// The file at that commit is the very text the reader read.
			expect(blobAt(commit, view.file), view.file).toBe(blobAt('HEAD', view.file));
			// And that commit changed the file to it (its parent had another text, or no such file).
			let before: string;
			try {
				before = blobAt(`${commit}^`, view.file);
			} catch {
				before = 'none';
			}
			expect(before, view.file).not.toBe(blobAt('HEAD', view.file));
			expect(version.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(version.querySelector('a[href="#changes"]'), 'a link to the change history').not.toBeNull();
		}
	});

	it('without a repository or a history, names the version by the build day and links nowhere', () => {
		if (!siteNames.includes('added')) return;
		const built = new Date(1795824000 * 1000);
		for (const lang of langsOf('added')) {
			for (const page of modelOf('added')[lang]!.pages) {
				const version = builtPage('added', `/${lang}/${page.slug}/`).root.querySelector('.page-meta .version')!;
				expect(version.querySelector('a[href*="/blob/"]')).toBeNull();
				// In the language of the text shown (a fallback page shows another language's).
				expect(version.text).toContain(formatDate(built, page.shows as never));
			}
		}
	});

	it.each(langs)('lists the dated change notes of each page in %s, then its first publication', (lang) => {
		for (const view of views.filter((v) => v.lang === lang)) {
			const { root } = builtPage('root', `/${lang}/${view.slug}/`);
			const items = root.querySelectorAll('section.changes li');
			expect(items.length, view.slug).toBeGreaterThanOrEqual(1);
			const dates = items.map((item) => item.querySelector('time')!.getAttribute('datetime')!);
			expect([...dates].sort().reverse(), view.slug).toEqual(dates);
			expect(items.at(-1)?.querySelector('time')?.getAttribute('datetime')).toBe(
				root.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
			);
		}
	});
});

describe('the licence', () => {
	it('is stated in every footer, in each page’s metadata and in every feed', () => {
		// Every page with the site's footer (the root chooser and 404, in every language at once, have a short one).
		for (const page of builtPages('root').filter((p) => p.root.querySelector('footer nav'))) {
			const link = page.root.querySelector('footer a[rel~="license"]');
			expect(link?.getAttribute('href'), page.path).toBe(licence.url);
			expect(link?.text).toBe(licence.name);
		}
		for (const view of views) {
			const { root } = builtPage('root', `/${view.lang}/${view.slug}/`);
			expect(root.querySelector('link[rel="license"]')?.getAttribute('href')).toBe(licence.url);
			expect(JSON.parse(root.querySelector('script[type="application/ld+json"]')!.text).license).toBe(licence.url);
		}
		for (const lang of langs) {
			expect(parse(readBuilt('root', `${lang}/feed.xml`)).querySelector('feed > rights')?.text).toContain(licence.url);
		}
	});
});

describe('the feeds', () => {
	const entryIds = (site: 'root' | 'based', lang: string) =>
		parse(readBuilt(site, `${lang}/feed.xml`))
			.querySelectorAll('entry > id')
			.map((id) => id.text);

	/** Languages with pages of their own: a language whose pages are all fallbacks has no news yet. */
	const withOwnPages = langs.filter((lang) => modelOf('root')[lang]!.pages.some((page) => !page.noindex));
	it.each(withOwnPages)('give the %s feed and its entries ids that do not change when the site moves', (lang) => {
		const root = entryIds('root', lang);
		expect(root.length).toBeGreaterThan(0);
		for (const id of root)
			expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(new Set(root).size, 'one id per entry').toBe(root.length);
		if (!siteNames.includes('based')) return;
		// The same content under another base path: other addresses, the same ids.
		const feedId = (site: 'root' | 'based') =>
			parse(readBuilt(site, `${lang}/feed.xml`)).querySelector('feed > id')?.text;
		expect(readBuilt('based', `${lang}/feed.xml`)).toContain(`${siteUrl}/steel-roses/${lang}/`);
		expect(entryIds('based', lang)).toEqual(root);
		expect(feedId('based')).toBe(feedId('root'));
	});

	it('give one entry to each change note, two on the same day included', () => {
		for (const lang of langs) {
			const feed = parse(readBuilt('root', `${lang}/feed.xml`));
			for (const view of views.filter((v) => v.lang === lang)) {
				const notes =
					builtPage('root', `/${lang}/${view.slug}/`).root.querySelectorAll('section.changes li').length - 1;
				const url = `${siteUrl}/${lang}/${view.slug}/`;
				const entries = feed
					.querySelectorAll('entry')
					.filter((entry) => entry.querySelector('link')?.getAttribute('href')?.startsWith(url));
				// A fallback page is no news for the language's readers (tests/build/translations.test.ts).
				if (entries.length > 0) expect(entries.length, `${lang}/${view.slug}`).toBe(notes + 1);
			}
		}
	});

	it.each(siteNames)('are served as Atom by the hosts that read _headers (%s site)', (site) => {
		const headers = readBuilt(site, '_headers');
		for (const lang of langsOf(site)) {
			expect(headers).toContain(
				`${sites[site].base}${lang}/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8`,
			);
		}
	});
});

describe('moved addresses', () => {
	const redirects = Object.entries(loadRedirects(sites.fixture.content));

	it('are neither in the sitemap nor saved for offline reading', () => {
		expect(redirects.length).toBeGreaterThan(0);
		const sitemap = readBuilt('fixture', 'sitemap-0.xml');
		for (const [from] of redirects) {
			expect(sitemap).not.toContain(`${siteUrl}/${from}`);
			const lang = from.split('/')[0]!;
			const offline = JSON.parse(readBuilt('fixture', `${lang}/offline.json`)) as { pages: [string, string][] };
			expect(offline.pages.map(([path]) => path)).not.toContain(`/${from}`);
		}
	});

	it('carry a script that keeps the #section on the way', () => {
		for (const [from, to] of redirects) {
			const root = builtPage('fixture', `/${from}`).root;
			expect(root.querySelector('a[data-moved-to]')?.getAttribute('href')).toBe(`/${to}`);
			const script = root.querySelector('script[type="module"][src]')?.getAttribute('src');
			expect(script && existsSync(join(siteDir('fixture'), script.slice(1))), 'the script is a file of the site').toBe(
				true,
			);
		}
	});
});

describe('the press page', () => {
	it.each(langs)('in %s has the press kit, the media guidelines, corrections and the contact block', (lang) => {
		const { root } = builtPage('root', `/${lang}/press/`);
		for (const id of ['kit', 'media-guidelines', 'consent', 'anonymity', 'images', 'quotes', 'corrections', 'contact'])
			expect(root.querySelector(`[id="${id}"]`), `#${id}`).not.toBeNull();
		const kit = root.querySelector('.press-kit')!;
		for (const href of kit.querySelectorAll('a[download]').map((a) => a.getAttribute('href')!))
			expect(existsSync(join(siteDir('root'), href.slice(1))), href).toBe(true);
		expect(kit.querySelectorAll('a[hreflang]')).toHaveLength(langs.length - 1);
		// No contact is configured for the real site: the page says so, and links to no address.
		const contact = root.querySelector('.press-contact')!;
		expect(contact.querySelector('a')).toBeNull();
		expect(contact.text.trim().length).toBeGreaterThan(20);
		expect(root.querySelector('footer a[href$="/press/"]')).not.toBeNull();
	});

	it('shows the contact only where one is configured', () => {
		if (!siteNames.includes('fixture')) return;
		const link = builtPage('fixture', '/zh/press/').root.querySelector('.press-contact a');
		expect(link?.getAttribute('href')).toBe(`mailto:${pressContact}`);
	});
});
