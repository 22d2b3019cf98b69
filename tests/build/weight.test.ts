import { describe, expect, it } from 'vitest';
import { guideBudget, pageWeight } from '../../scripts/lib/weight.ts';
import { builtPage, builtPages } from '../setup/dist.ts';
import { siteDir } from '../setup/sites.ts';

describe('page weight', () => {
	const guides = builtPages('root').filter((p) => p.root.querySelector('article[data-pagefind-body], article[lang]'));

	it('keeps the first load of every guide page within 25 KB compressed, all requests together', () => {
		expect(guides.length).toBeGreaterThan(50);
		const over = guides
			.map((p) => pageWeight(siteDir('root'), '/', p.path))
			.filter((w) => w.total.gzip > guideBudget)
			.map((w) => `${w.path}: ${(w.total.gzip / 1024).toFixed(1)} KB`);
		expect(over).toEqual([]);
	});

	it('needs no JavaScript to read: the text is in the HTML, scripts are deferred modules', () => {
		for (const page of guides) {
			expect(page.root.querySelector('.content')?.text.length ?? 0, page.path).toBeGreaterThan(300);
			for (const script of page.root.querySelectorAll('script[src]'))
				expect(script.getAttribute('type'), page.path).toBe('module');
		}
	});

	it('does not grow with the site: a page links to as many pages on a site of 4 pages as on one of 20', () => {
		// Links outside the text written by the authors (header, footer, page tools, notices, citation):
		// compared on the same page in a small and a large build, any list of every page would show.
		const chrome = (site: 'root' | 'fixture', path: string) => {
			const { root } = builtPage(site, path);
			return root
				.querySelectorAll('a[href^="/"]')
				.filter((a) => !a.closest('.content') && !a.closest('.notice'))
				.map((a) => a.getAttribute('href'))
				.sort();
		};
		const small = builtPages('fixture').filter((p) => p.root.querySelector('article'));
		expect(small.length).toBeGreaterThan(0);
		for (const page of small) expect(chrome('root', page.path), page.path).toEqual(chrome('fixture', page.path));
	});
});
