import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRedirects } from '../../src/lib/redirects.ts';
import { publishablePaths, readList } from '../../scripts/published-urls.ts';
import { siteDir } from '../setup/sites.ts';

describe('published addresses', () => {
	const dist = siteDir('root');
	const listed = readList();
	const redirects = loadRedirects('src/content');

	it('every address ever published still resolves, to its page or to a redirect', () => {
		expect(listed.length).toBeGreaterThan(60);
		for (const path of listed) {
			const inner = path.replace(/^\//, '');
			const file = join(dist, inner === '' || inner.endsWith('/') ? `${inner}index.html` : inner);
			expect(existsSync(file), `${path} no longer resolves: add a redirect in src/content/redirects.yaml`).toBe(true);
			const html = readFileSync(file, 'utf8');
			if (html.includes('http-equiv="refresh"')) expect(Object.keys(redirects).map((r) => `/${r}`)).toContain(path);
		}
	});

	it('every page of the site is in the list (run `npm run build && npm run urls` after adding pages)', () => {
		const missing = publishablePaths(dist).filter((path) => !listed.includes(path));
		expect(missing, 'run `npm run build && npm run urls` to add these to src/data/published-urls.txt').toEqual([]);
	});

	it('a moved page leaves both a host redirect and a static redirect page to a page that exists', () => {
		const fixture = siteDir('fixture');
		const fixtureRedirects = loadRedirects('tests/fixtures/site');
		expect(Object.keys(fixtureRedirects).length).toBeGreaterThan(0);
		const hostFile = readFileSync(join(fixture, '_redirects'), 'utf8');
		for (const [from, to] of Object.entries({ ...fixtureRedirects })) {
			expect(hostFile).toContain(`/${from} /${to} 301`);
			const html = readFileSync(join(fixture, from, 'index.html'), 'utf8');
			expect(html).toContain(`content="0; url=/${to}"`);
			expect(html).toContain(`<link rel="canonical" href="https://roses.example.org/${to}">`);
			expect(existsSync(join(fixture, to, 'index.html')), `${from} → ${to}`).toBe(true);
		}
		for (const [from, to] of Object.entries(redirects))
			expect(existsSync(join(dist, to, 'index.html')), `${from} → ${to}`).toBe(true);
	});
});
