import { describe, expect, it } from 'vitest';
import { builtPage, readBuilt } from '../setup/dist.ts';

/**
 * The fixture site (tests/fixtures/site) has a page with a missing translation (en/pep), an outdated
 * one (fr/pep, whose Chinese original changed after it was translated), an up-to-date one
 * (en/police-custody) and a page in Chinese only.
 */
describe('a missing translation', () => {
	const { root } = builtPage('fixture', '/en/pep/');

	it('shows the fallback text, marked with its own language, under a notice in the reader’s language', () => {
		expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
		const notice = root.querySelector('main > .notice');
		expect(notice?.text).toContain(
			'This page is not translated into English yet. Here is the original text in French.',
		);
		expect(root.querySelector('article')?.getAttribute('lang')).toBe('fr');
		expect(root.querySelector('h1')?.text).toBe('Le préservatif a craqué, que faire ?');
	});

	it('is kept out of search engines, hreflang and the search index', () => {
		expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(root.querySelectorAll('link[hreflang]')).toHaveLength(0);
		expect(root.querySelector('[data-pagefind-body]')).toBeNull();
		expect(readBuilt('fixture', 'sitemap-0.xml')).not.toContain('/en/pep/');
		const entry = JSON.parse(readBuilt('fixture', 'pagefind/pagefind-entry.json'));
		// en: police-custody and the glossary; fr: its pep page and glossary; zh: three pages and glossary.
		expect(entry.languages.en.page_count).toBe(2);
		expect(entry.languages.fr.page_count).toBe(2);
		expect(entry.languages['zh-hans'].page_count).toBe(4);
	});

	it('is still reachable from the language switcher of its other languages', () => {
		const zh = builtPage('fixture', '/zh/pep/').root;
		expect(zh.querySelector('.lang-switcher a[lang="en"]')?.getAttribute('href')).toBe('/en/pep/');
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

	it('is still a real translation: indexed, with hreflang', () => {
		expect(root.querySelector('meta[name="robots"]')).toBeNull();
		expect(root.querySelector('[data-pagefind-body]')).not.toBeNull();
		expect(root.querySelectorAll('link[hreflang]').length).toBeGreaterThan(0);
	});
});

describe('the translation status page', () => {
	it('shows each page in each language as original, up to date, outdated or missing, with links', () => {
		const { root } = builtPage('fixture', '/en/translate/');
		const cell = (slug: string, lang: string) =>
			root
				.querySelectorAll('tbody tr')
				.find((row) => row.querySelector('th')?.text.trim() === slug)
				?.querySelector(`td[data-lang="${lang}"]`);
		expect(cell('pep', 'zh')?.getAttribute('data-status')).toBe('original');
		expect(cell('pep', 'fr')?.getAttribute('data-status')).toBe('outdated');
		expect(cell('pep', 'en')?.getAttribute('data-status')).toBe('missing');
		expect(cell('pep', 'en')?.querySelector('a[href*="/new/main/"]')?.getAttribute('href')).toBe(
			'https://github.com/example/steel-roses/new/main/tests/fixtures/site/guides/en?filename=pep.mdx',
		);
		expect(cell('pep', 'fr')?.querySelector('a[href*="/edit/main/"]')?.getAttribute('href')).toBe(
			'https://github.com/example/steel-roses/edit/main/tests/fixtures/site/guides/fr/pep.mdx',
		);
		expect(root.querySelector('.translate-summary')?.text).toContain('English: 1 up to date, 0 outdated, 2 missing');
	});

	it('is linked from the footer of every page as "Help translate"', () => {
		const { root } = builtPage('fixture', '/en/');
		expect(root.querySelector('.site-footer a[href="/en/translate/"]')?.text).toBe('Help translate');
	});
});

describe('the script and the site', () => {
	it('agree on the status of every page (same fingerprints, on a shallow clone, without git)', async () => {
		const { readContent, statusRows } = await import('../../scripts/lib/content.ts');
		const rows = statusRows(readContent('tests/fixtures/site'));
		const { root } = builtPage('fixture', '/zh/translate/');
		for (const row of rows) {
			const cells = root.querySelectorAll('tbody tr').find((tr) => tr.querySelector('th')?.text.trim() === row.slug)!;
			for (const [lang, status] of Object.entries(row.status)) {
				expect(cells.querySelector(`td[data-lang="${lang}"]`)?.getAttribute('data-status'), `${row.slug} ${lang}`).toBe(
					status,
				);
			}
		}
	});
});
