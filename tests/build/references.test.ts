import { describe, expect, it } from 'vitest';
import { figures } from '../../src/data/figures.ts';
import { formatFigure } from '../../src/lib/figures.ts';
import { builtPage, builtPages } from '../setup/dist.ts';
import { repoUrl, siteUrl } from '../setup/sites.ts';

/**
 * Reference marks and shared figures as a reader, a journalist and a reviewer meet them, on the
 * fixture site (tests/fixtures/site): every mark is a small link to its source, and every source links
 * back to the marks that point to it.
 */
const articles = () =>
	builtPages('fixture').filter(
		(page) => page.root.querySelector('article .sources') && !page.root.querySelector('main > .notice-info'),
	);

describe('reference marks', () => {
	it('link every mark, in the summary and the text, to an item of the page’s source list, which links back to it', () => {
		let marks = 0;
		for (const page of articles()) {
			for (const link of page.root.querySelectorAll('sup.ref a')) {
				marks++;
				const target = link.getAttribute('href')!.slice(1);
				const source = page.root.querySelector(`.sources li#${target}`);
				expect(source, `${page.path}: ${link.toString()}`).not.toBeNull();
				const id = link.getAttribute('id')!;
				expect(source!.querySelector(`.back a[href="#${id}"]`), `${page.path}: back link to ${id}`).not.toBeNull();
			}
			for (const back of page.root.querySelectorAll('.sources .back a')) {
				expect(page.root.querySelector(`sup.ref a#${back.getAttribute('href')!.slice(1)}`), page.path).not.toBeNull();
			}
		}
		expect(marks).toBeGreaterThan(5);
	});

	it('show a small number with a name in the page’s language, and no space a line could break at', () => {
		const zh = builtPage('fixture', '/zh/pep/').root;
		const first = zh.querySelector('.in-short sup.ref a')!;
		expect(first.getAttribute('aria-label')).toBe('来源 1');
		expect(first.text).toBe('\u2060[1]');
		expect(zh.querySelector('.in-short li')!.text).toContain('最晚48小时内\u2060[1]。');
		expect(
			builtPage('fixture', '/en/police-custody/').root.querySelector('sup.ref a')!.getAttribute('aria-label'),
		).toBe('source 1');
	});

	it('stay out of the search index', () => {
		for (const page of articles()) {
			for (const mark of page.root.querySelectorAll('sup.ref'))
				expect(mark.hasAttribute('data-search-ignore')).toBe(true);
		}
	});

	it('cite a law by its code and article, in French, without an address that was not found', () => {
		const source = builtPage('fixture', '/zh/police-custody/').root.querySelector('.sources li#source-1')!;
		expect(source.querySelector('cite')?.text).toBe('Code de procédure pénale, art. 63-1');
		expect(source.querySelector('cite')?.getAttribute('lang')).toBe('fr');
		expect(source.querySelector('a[href^="http"]')).toBeNull();
	});
});

describe('shared figures', () => {
	it('print the same value with its unit in the language of each page, with a mark to their source', () => {
		const shown = (path: string) =>
			builtPage('fixture', path)
				.root.querySelectorAll('.content .fig')
				.map((fig) => fig.childNodes[0]!.text);
		expect(shown('/zh/pep/')).toEqual(['48小时', '4小时']);
		// A no-break space keeps the number and its unit on one line.
		expect(shown('/fr/pep/')).toEqual(['48\u00a0heures']);
		expect(shown('/zh/police-custody/')).toEqual(['24小时', '24小时']);
		expect(shown('/en/police-custody/').map((text) => text.replace(/\s/g, ' '))).toEqual(['24 hours', '24 hours']);
		expect(formatFigure(figures['client-fine'], 'fr')).toBe('1\u202f500 euros');
	});

	it('add their source to the page’s list, or point to the same source when the page lists it already', () => {
		const custody = builtPage('fixture', '/en/police-custody/').root;
		const mark = custody.querySelector('.content .fig sup.ref a')!;
		expect(mark.getAttribute('href')).toBe('#source-3');
		expect(custody.querySelector('.sources li#source-3 cite')?.text).toBe('Code de procédure pénale, art. 63');
		const pep = builtPage('fixture', '/zh/pep/').root;
		expect(pep.querySelectorAll('.sources li')).toHaveLength(2);
		expect(pep.querySelector('.content .fig sup.ref a')?.getAttribute('href')).toBe('#source-1');
	});
});

describe('reviews', () => {
	it('say who has not reviewed the page yet', () => {
		expect(builtPage('fixture', '/zh/police-custody/').root.querySelector('.page-meta .pending')?.text).toContain(
			'律师',
		);
	});

	it('warn on a page last checked more than 12 months before the build, and only there', () => {
		const old = builtPage('fixture', '/zh/about-us/').root.querySelector('.review-old');
		expect(old?.text).toContain('这一页上次核对是在2025年6月1日，已经超过一年了');
		expect(old?.querySelector('time')?.getAttribute('datetime')).toBe('2025-06-01');
		expect(builtPage('fixture', '/zh/pep/').root.querySelector('.review-old')).toBeNull();
	});

	it('offer a way to report a mistake on every guide: the correction form with the page filled in', () => {
		for (const page of articles()) {
			const report = page.root.querySelector('.sources .report a');
			expect(report, page.path).not.toBeNull();
			const href = new URL(report!.getAttribute('href')!);
			expect(`${href.origin}${href.pathname}`).toBe(`${repoUrl}/issues/new`);
			expect(href.searchParams.get('template')).toBe('correction.yml');
			expect(href.searchParams.get('page')).toBe(`${siteUrl}${page.path}`);
		}
	});
});
