import { describe, expect, it } from 'vitest';
import { absoluteUrl, pagePath, withBase } from '../../src/lib/paths.ts';

describe('paths with a base path', () => {
	it('joins the base and a path with exactly one slash', () => {
		expect(withBase('/', 'zh/prep/')).toBe('/zh/prep/');
		expect(withBase('/roses/', '/zh/prep/')).toBe('/roses/zh/prep/');
		expect(withBase('/roses', 'favicon.svg')).toBe('/roses/favicon.svg');
	});

	it('gives a page of a language, its home, and files without a trailing slash', () => {
		expect(pagePath('/', 'fr', 'prep')).toBe('/fr/prep/');
		expect(pagePath('/roses/', 'zh')).toBe('/roses/zh/');
		expect(pagePath('/roses/', 'en', 'feed.xml')).toBe('/roses/en/feed.xml');
		expect(pagePath('/', 'zh', '/search/')).toBe('/zh/search/');
	});

	it('makes absolute URLs from the site URL', () => {
		expect(absoluteUrl('https://example.org', '/roses/zh/')).toBe('https://example.org/roses/zh/');
		expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
	});
});
