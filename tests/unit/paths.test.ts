import { describe, expect, it } from 'vitest';
import { absoluteUrl, langFromPath, pagePath, switchLang, withBase } from '../../src/lib/paths.ts';

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

	it('reads the language of a path under the base, and nothing outside it', () => {
		expect(langFromPath('/roses/', '/roses/fr/prep/')).toBe('fr');
		expect(langFromPath('/', '/zh/')).toBe('zh');
		expect(langFromPath('/roses/', '/fr/prep/')).toBeUndefined();
		expect(langFromPath('/', '/de/prep/')).toBeUndefined();
	});

	it('switches the language of the same page', () => {
		expect(switchLang('/roses/', '/roses/fr/prep/', 'zh')).toBe('/roses/zh/prep/');
		expect(switchLang('/', '/en/', 'fr')).toBe('/fr/');
		expect(switchLang('/', '/', 'en')).toBe('/en/');
	});

	it('makes absolute URLs from the site URL', () => {
		expect(absoluteUrl('https://example.org', '/roses/zh/')).toBe('https://example.org/roses/zh/');
		expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
	});
});
