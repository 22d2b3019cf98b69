import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/languages.ts';
import { absoluteUrl, langOfFile, langOfUrl, normalizeBase, pagePath, withBase } from '../../src/lib/paths.ts';

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

	it('writes any base path setting with one slash at each end', () => {
		for (const [value, base] of [
			[undefined, '/'],
			['', '/'],
			['/', '/'],
			['//', '/'],
			['roses', '/roses/'],
			['/roses', '/roses/'],
			['/roses/', '/roses/'],
			['/a/b/', '/a/b/'],
		] as const)
			expect(normalizeBase(value), String(value)).toBe(base);
	});

	it('tells the language of a content file and of an address, for every language of the list', () => {
		for (const lang of langs) {
			expect(langOfFile(`src/content/guides/${lang}/prep.mdx`)).toBe(lang);
			expect(langOfFile(`C:\\site\\guides\\${lang}\\prep.mdx`)).toBe(lang);
			expect(langOfUrl('/', `/${lang}/prep/`)).toBe(lang);
			expect(langOfUrl('/roses/', `/roses/${lang}/`)).toBe(lang);
			expect(langOfUrl('/roses/', `/${lang}/`)).toBeUndefined();
		}
		expect(langOfFile('src/content/guides/xx/prep.mdx')).toBeUndefined();
		expect(langOfUrl('/', '/')).toBeUndefined();
		expect(langOfUrl('/', '/sw.js')).toBeUndefined();
	});
});
