import { describe, expect, it } from 'vitest';
import { guideBudget, pageWeight } from '../../scripts/lib/weight.ts';
import { builtPages } from '../setup/dist.ts';
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

	it('does not grow with the site: no guide page links to every other page', () => {
		for (const page of guides) {
			const links = page.root.querySelectorAll('article a[href^="/"], header a[href^="/"], footer a[href^="/"]').length;
			expect(links, page.path).toBeLessThan(60);
		}
	});
});
