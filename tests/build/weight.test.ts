import { describe, expect, it } from 'vitest';
import { guideCeiling, pageWeight } from '../../scripts/lib/weight.ts';
import { builtPage, builtPages } from '../setup/dist.ts';
import { siteDir } from '../setup/sites.ts';

describe('page weight', () => {
	const guides = builtPages('root').filter((p) => p.root.querySelector('article[data-search-body], article[lang]'));

	it('keeps the first load of every guide page under the ceiling, compressed, all requests together', () => {
		expect(guides.length).toBeGreaterThan(50);
		const over = guides
			.map((p) => pageWeight(siteDir('root'), '/', p.path))
			.filter((w) => w.total.gzip > guideCeiling)
			.map((w) => `${w.path}: ${(w.total.gzip / 1024).toFixed(1)} KB`);
		expect(over).toEqual([]);
	});

	it('loads a guide in at most 3 requests: the page, one script, the icon; its styles inline; none twice', () => {
		for (const page of guides) {
			const { files } = pageWeight(siteDir('root'), '/', page.path);
			expect(files.length, page.path).toBeLessThanOrEqual(3);
			// A browser may fetch the install manifest on any page that links it: only the homes do.
			expect(page.root.querySelector('link[rel="manifest"]'), page.path).toBeNull();
			expect(page.root.querySelectorAll('link[rel="stylesheet"]'), page.path).toHaveLength(0);
			expect(page.root.querySelector('head style')?.text, page.path).toContain('@media print');
			const urls = [
				...page.root.querySelectorAll('link[href]:not([rel="alternate"]):not([rel="canonical"]):not([rel="license"])'),
				...page.root.querySelectorAll('script[src], img[src]'),
			].map((e) => e.getAttribute('href') ?? e.getAttribute('src'));
			expect(new Set(urls).size, `${page.path}: a file requested twice`).toBe(urls.length);
		}
	});

	it('needs no JavaScript to read: the text is in the HTML, one script at most, a module after the text', () => {
		for (const page of guides) {
			expect(page.root.querySelector('.content')?.text.length ?? 0, page.path).toBeGreaterThan(300);
			const scripts = page.root.querySelectorAll('script[src]');
			expect(scripts.length, page.path).toBeLessThanOrEqual(1);
			for (const script of scripts) {
				expect(script.getAttribute('type'), page.path).toBe('module');
				expect(script.parentNode?.rawTagName, page.path).toBe('body');
				expect(script.nextElementSibling, `${page.path}: the script is not after the text`).toBeNull();
			}
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
