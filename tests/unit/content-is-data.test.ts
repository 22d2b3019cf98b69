import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBuiltPage } from '../../src/lib/built-html.ts';
import {
	attributeProblem,
	componentNames,
	elementProblem,
	urlProblem,
} from '../../src/lib/markdown/content-allow-list.ts';
import { headingIdComment } from '../../src/lib/markdown/heading-ids.ts';

const components = componentNames(readFileSync('src/components/mdx/index.ts', 'utf8'));

describe('the MDX allow-list', () => {
	it('takes the components from the one list in src/components/mdx/index.ts', () => {
		expect(components).toContain('Tel');
		expect(componentNames('export const mdxComponents = { Callout, Fig: Figure, Tel };')).toEqual([
			'Callout',
			'Fig',
			'Tel',
		]);
		expect(() => componentNames('export default {}')).toThrow(/Keep the list of components there/);
	});

	it('lets a page use the components and harmless HTML, and nothing that embeds, runs or sends', () => {
		for (const name of components) expect(elementProblem(name, components), name).toBeUndefined();
		for (const name of ['strong', 'br', 'abbr', 'sup', 'ruby'])
			expect(elementProblem(name, components)).toBeUndefined();
		for (const name of [
			'script',
			'iframe',
			'form',
			'meta',
			'object',
			'embed',
			'img',
			'link',
			'style',
			'Script',
			'Foo.Bar',
		]) {
			expect(elementProblem(name, components), name).toMatch(/not allowed|not a component/);
		}
		expect(elementProblem('meta', components)).toContain('send the reader to another site');
		expect(elementProblem(null, components)).toContain('empty tag');
	});

	it('refuses event handlers, styles, code in braces and attributes plain HTML does not need', () => {
		expect(attributeProblem('strong', { name: 'onclick', value: 'alert(1)' }, false)).toContain('runs code');
		expect(attributeProblem('Callout', { name: 'onMouseOver', value: 'x' }, true)).toContain('runs code');
		expect(attributeProblem('span', { name: 'style', value: 'color:red' }, false)).toContain('Remove "style"');
		expect(
			attributeProblem(
				'a',
				{ name: 'href', value: { type: 'mdxJsxAttributeValueExpression', value: '"TEL:06"' } },
				false,
			),
		).toContain('Write it as plain text in quotes');
		expect(attributeProblem('span', { name: 'class', value: 'quick-exit' }, false)).toContain(
			'Allowed: lang, dir, title',
		);
		expect(attributeProblem('a', { name: 'ping', value: 'https://t.example/' }, false)).toContain('not allowed on <a>');
		expect(attributeProblem('Term', { name: 'id', value: 'tpe' }, true)).toBeUndefined();
		expect(attributeProblem('abbr', { name: 'title', value: 'Aide médicale de l’État' }, false)).toBeUndefined();
	});

	it('allows links to the site, https, e-mail and phone numbers, and images only from the site', () => {
		for (const url of ['/prep/', '#section', 'https://www.service-public.gouv.fr/', 'mailto:a@b.fr', 'tel:15']) {
			expect(urlProblem(url, 'link'), url).toBeUndefined();
		}
		expect(urlProblem('javascript:alert(1)', 'link')).toContain('not allowed (javascript:)');
		expect(urlProblem('JaVa\tScript:alert(1)', 'link')).toContain('not allowed (javascript:)');
		expect(urlProblem('data:text/html,<b>x', 'link')).toContain('not allowed (data:)');
		expect(urlProblem('http://example.org/', 'link')).toContain('Write https://');
		expect(urlProblem('//evil.example/', 'link')).toContain('starting with https://');
		expect(urlProblem('https://tracker.example/p.png', 'image')).toContain('tells that site who reads');
		expect(urlProblem('//tracker.example/p.png', 'image')).toContain('not a file of this site');
		expect(urlProblem('./map.png', 'image')).toBeUndefined();
	});

	it('allows only a heading id as code in braces', () => {
		expect(headingIdComment.test('/* #my-id */')).toBe(true);
		expect(headingIdComment.test('process.env.HOME')).toBe(false);
		expect(headingIdComment.test('/* #a */ + 1')).toBe(false);
	});
});

describe('the checks of built pages', () => {
	const page = (head: string, body: string) =>
		`<!doctype html><html lang="zh-Hans"><head>${head}</head><body>${body}</body></html>`;

	it('accept a sound page with its listed numbers, scripts as files and the site’s own redirect', () => {
		const sound = page(
			'<meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><script type="module" src="/roses/_astro/a.js"></script>' +
				'<link rel="canonical" href="https://roses.example.org/roses/zh/"><script type="application/ld+json">{}</script>',
			'<a href="tel:17"><span>报警</span> <strong>17</strong></a><a class="tel" href="tel:116006">116 006</a>' +
				'<a href="https://www.ameli.fr/">ameli</a><form action="/roses/zh/search/"></form><img src="/roses/favicon.svg" alt="">',
		);
		expect(checkBuiltPage('zh/index.html', sound, '/roses/')).toEqual([]);
		const redirect = page('<meta http-equiv="refresh" content="0; url=/roses/zh/prep/">', '');
		expect(checkBuiltPage('old/index.html', redirect, '/roses/')).toEqual([]);
	});

	it('name each thing that could run, redirect, dial another number or load from elsewhere', () => {
		const bad = page(
			'<meta http-equiv="refresh" content="8;url=https://evil.example/">',
			'<script>alert(1)</script><iframe src="https://evil.example/"></iframe><button onclick="x()">b</button>' +
				'<a href="javascript:alert(1)">x</a><img src="https://t.example/p.png" srcset="/a.png 1x, https://t.example/b.png 2x">' +
				'<a href="TEL:0612345678">call</a><a href="tel:15">06 12 34 56 78</a><form action="https://evil.example/c"></form>' +
				'<a href="https://x.example/" ping="https://t.example/">p</a><p id="a"></p><p id="a"></p><meta name="x" content="y">',
		);
		const problems = checkBuiltPage('zh/pep/index.html', bad, '/');
		const expected = [
			'<meta> http-equiv="refresh" can send the reader elsewhere',
			'<script> is an inline script',
			'<iframe> embeds or changes the page',
			'<button> has onclick',
			'<a> href="javascript:alert(1)": javascript: addresses are not allowed',
			'<img> src="https://t.example/p.png" loads or sends to another site',
			'<img> srcset="https://t.example/b.png" loads or sends to another site',
			'<a> the phone number "0612345678" is not in the list',
			'<a> the link dials 15 but shows "06 12 34 56 78"',
			'<form> action="https://evil.example/c" loads or sends to another site',
			'<a> has ping',
			'<p> id="a" is used twice',
			'<meta> in the body',
		];
		for (const text of expected) expect(problems.join('\n'), text).toContain(`zh/pep/index.html: ${text}`);
	});
});
