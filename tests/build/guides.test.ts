import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isListedNumber, numberOfHref } from '../../src/lib/phone.ts';
import { builtPage, builtPages, readBuilt } from '../setup/dist.ts';
import { langsOf, modelOf, tagOf } from '../setup/model.ts';
import { siteUrl } from '../setup/sites.ts';

/** The pages the content issue asks for, whose addresses are public and must not change. */
const required = [
	'sex-work-and-the-law',
	'identity-checks',
	'police-custody',
	'arrested-without-papers',
	'filing-a-complaint',
	'residence-permits-for-victims',
	'online-ads-and-middlemen',
	'hiv-and-stis',
	'free-testing',
	'prep',
	'pep',
	'condoms-and-safer-sex',
	'health-coverage',
	'after-an-assault',
	'emergency-numbers',
	'phrases',
	'about-us',
	'where-to-get-help',
	'press',
];

const langs = langsOf('root');
/** Every guide of the real site (the `guides` collection), from its page model. */
const guides = modelOf('root')[langs[0]!]!.pages.filter((page) => page.collection === 'guides');

describe('the content', () => {
	it('has every required page, written in one language and shown in every language', () => {
		const slugs = modelOf('root')[langs[0]!]!.pages.map((page) => page.slug);
		expect(slugs).toEqual(expect.arrayContaining(required));
		for (const lang of langs) {
			for (const slug of required)
				expect(builtPage('root', `/${lang}/${slug}/`).root.querySelector('h1')).not.toBeNull();
		}
	});

	it('keeps an explicit section id in every language, and derives the others from the heading text', () => {
		const zh = builtPage('fixture', '/zh/pep/').root;
		expect(zh.querySelector('h2#where')?.text).toContain('去哪里');
		expect(zh.querySelector('h2#什么是阻断药 a.anchor')?.getAttribute('href')).toBe('#什么是阻断药');
		for (const lang of langs)
			expect(builtPage('root', `/${lang}/pep/`).root.querySelector('h2#timing'), lang).not.toBeNull();
	});
});

describe.each(langs)('every guide in %s', (lang) => {
	const slugs = guides.map((page) => page.slug);
	/** The language of the text readers of `lang` get for a guide: hers, or a fallback's. */
	const shown = (slug: string) => modelOf('root')[lang]!.pages.find((page) => page.slug === slug)!.shows;

	it.each(slugs)('%s has its summary, help, sources, dates and citation', (slug) => {
		const { root } = builtPage('root', `/${lang}/${slug}/`);
		const article = root.querySelector('article')!;
		expect(article.querySelectorAll('.in-short li').length).toBeGreaterThanOrEqual(3);
		expect(article.querySelector('.get-help'), 'where to get help').not.toBeNull();
		const sources = article.querySelectorAll('.sources li');
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) {
			// A law is cited by code and article, with a Légifrance address only where one was found.
			const address = source.querySelector('a[href^="https:"]')?.getAttribute('href');
			if (!address) expect(source.querySelector('cite')?.text).toMatch(/, art\. /);
			expect(source.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		const times = article.querySelectorAll('.page-meta time').map((t) => t.getAttribute('datetime'));
		expect(times.length).toBeGreaterThanOrEqual(2);
		expect(root.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe(times[0]);
		const styles = article.querySelectorAll('.cite-box [data-style]').map((p) => p.getAttribute('data-style'));
		expect(styles).toEqual(expect.arrayContaining(['apa', 'mla', 'chicago-note', 'chicago-bibliography']));
		expect(article.querySelector('.cite-box [data-style="apa"]')?.text).toContain(`${siteUrl}/${lang}/${slug}/`);
		expect(article.querySelector('.cite-box [data-style="apa"] i')?.text, 'APA sets the title in italics').toBeTruthy();
	});

	it.each(slugs)('%s has metadata reference managers and search engines read', (slug) => {
		const { root } = builtPage('root', `/${lang}/${slug}/`);
		const meta = (name: string) => root.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
		expect(meta('DC.title')).toBe(root.querySelector('h1')?.text);
		// The language of the text: the reader's own, or the fallback's (the <article lang> of a fallback page).
		expect(meta('DC.language')).toBe(tagOf('root', shown(slug)));
		const jsonLd = JSON.parse(root.querySelector('script[type="application/ld+json"]')!.text);
		expect(jsonLd).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Article',
			headline: meta('DC.title'),
			inLanguage: meta('DC.language'),
			url: `${siteUrl}/${lang}/${slug}/`,
			author: { '@type': 'Organization', name: "Les Roses d'Acier", '@id': `${siteUrl}/#organization` },
			publisher: { '@type': 'Organization', name: "Les Roses d'Acier", logo: { url: `${siteUrl}/icon-512.png` } },
		});
		expect(jsonLd.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(root.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${siteUrl}/share.png`);
		expect(root.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
	});

	it.each(slugs)('%s gives every section heading a unique id and a visible link to it', (slug) => {
		const { root } = builtPage('root', `/${lang}/${slug}/`);
		const headings = root.querySelectorAll('article h2[id], article h3[id]').filter((h) => !h.closest('.cite-box'));
		const ids = headings.map((h) => h.getAttribute('id'));
		expect(new Set(ids).size).toBe(ids.length);
		for (const heading of root.querySelectorAll('.content h2, .content h3')) {
			const id = heading.getAttribute('id');
			expect(id, heading.text).toBeTruthy();
			expect(heading.querySelector('a.anchor')?.getAttribute('href')).toBe(`#${id}`);
		}
	});
});

describe('tap-to-call links', () => {
	it('only ever dial a number of the checked list', () => {
		for (const page of builtPages('root')) {
			// Browsers dial `TEL:` too: every scheme spelling counts.
			const phoneLinks = page.root
				.querySelectorAll('a[href]')
				.filter((a) => /^\s*(tel|sms):/i.test(a.getAttribute('href')!));
			for (const link of phoneLinks) {
				const number = numberOfHref(link.getAttribute('href')!)!;
				expect(isListedNumber(number), `${page.path}: ${link.getAttribute('href')}`).toBe(true);
			}
		}
	});

	it('put the most urgent numbers on every page, 114 as a text message', () => {
		for (const page of builtPages('root').filter((p) => p.root.querySelector('header'))) {
			const hrefs = page.root.querySelectorAll('nav.emergency a').map((a) => a.getAttribute('href'));
			expect(hrefs, page.path).toEqual(['tel:17', 'tel:15', 'sms:114', 'tel:3919']);
		}
	});
});

describe('the homes', () => {
	it.each(langs)('list the guides of %s by topic, and describe the organisation in JSON-LD', (lang) => {
		const { root } = builtPage('root', `/${lang}/`);
		const topics = root.querySelectorAll('section.topic').map((s) => s.getAttribute('aria-labelledby'));
		expect(topics).toEqual(['topic-rights', 'topic-health', 'topic-safety', 'topic-about']);
		const links = root.querySelectorAll('.guide-list a').map((a) => a.getAttribute('href'));
		for (const page of modelOf('root')[lang]!.pages) expect(links).toContain(`/${lang}/${page.slug}/`);
		const graph = JSON.parse(root.querySelector('script[type="application/ld+json"]')!.text)['@graph'];
		expect(graph[0]).toMatchObject({ '@type': 'Organization', name: "Les Roses d'Acier" });
	});
});

describe('the feeds', () => {
	it.each(langs)('list the pages written in %s, newest first, as Atom', (lang) => {
		const xml = readBuilt('root', `${lang}/feed.xml`);
		const feed = parse(xml);
		const entries = feed.querySelectorAll('entry');
		const written = modelOf('root')[lang]!.pages.filter((page) => !page.noindex);
		expect(entries.length).toBeGreaterThanOrEqual(written.length);
		const dates = entries.map((e) => e.querySelector('updated')!.text);
		expect([...dates].sort().reverse()).toEqual(dates);
		for (const entry of entries)
			expect(entry.querySelector('link')?.getAttribute('href')).toMatch(new RegExp(`^${siteUrl}/${lang}/`));
	});
});
