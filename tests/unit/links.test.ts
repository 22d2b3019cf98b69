import { describe, expect, it } from 'vitest';
import { htmlLinkProblem, resolveInternal } from '../../src/lib/markdown/internal-links.ts';
import { asciiSlug } from '../../src/lib/markdown/text-components.ts';
import { redirectsFile } from '../../src/lib/redirects.ts';

const slugs = new Set(['prep', 'pep']);

describe('links inside MDX', () => {
	it('lead to the same page in the file’s language, under the base path, keeping the section', () => {
		expect(resolveInternal('/prep/', 'fr', slugs, '/roses/')).toEqual({ href: '/roses/fr/prep/' });
		expect(resolveInternal('/pep/#ou-aller', 'zh', slugs, '/')).toEqual({ href: '/zh/pep/#ou-aller' });
		expect(resolveInternal('/feed.xml', 'en', slugs, '/')).toEqual({ href: '/en/feed.xml' });
		expect(resolveInternal('/glossary/', 'en', slugs, '/')).toEqual({ href: '/en/glossary/' });
	});

	it('explain what is wrong with a link that leads nowhere', () => {
		expect(resolveInternal('/prepp/', 'fr', slugs, '/')).toEqual({
			problem:
				'the link "/prepp/" does not lead to any page of the site. Pages are: pep, prep; also /search/, /glossary/, /translate/, /feed.xml.',
		});
		expect(resolveInternal('/fr/prep/', 'fr', slugs, '/')).toEqual({
			problem:
				'the link "/fr/prep/" does not lead to any page of the site. Write links without the language: /prep/ (it is added for each language).',
		});
		expect(resolveInternal('/prep', 'fr', slugs, '/')).toMatchObject({ problem: expect.stringContaining('/prep/') });
	});

	it('are written in Markdown, and an HTML link’s address as plain text', () => {
		const a = (value: unknown) => ({ name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value }] });
		expect(htmlLinkProblem(a('/prep/'))).toBe(
			'<a href="/prep/">: write links to pages of the site as Markdown: [text](/prep/).',
		);
		expect(htmlLinkProblem(a({ type: 'mdxJsxAttributeValueExpression', value: '"/prep/"' }))).toBe(
			'<a href={…}>: write the address as plain text in quotes, href="…".',
		);
		expect(htmlLinkProblem(a('https://www.service-public.fr/'))).toBeUndefined();
		expect(htmlLinkProblem(a('tel:15'))).toBeUndefined();
	});

	it('give phrase cards ids from their French words', () => {
		expect(asciiSlug("J'ai besoin d'un interprète, s'il vous plaît.")).toBe(
			'j-ai-besoin-d-un-interprete-s-il-vous-plait',
		);
	});
});

describe('redirects', () => {
	it('become permanent redirects, then the 404 page of each language', () => {
		expect(redirectsFile('/roses/', { 'zh/old/': 'zh/new/' }, ['zh', 'fr'])).toBe(
			'# Generated at build time from src/content/redirects.yaml. Edit that file, not this one.\n' +
				'/roses/zh/old/ /roses/zh/new/ 301\n/roses/zh/* /roses/zh/404.html 404\n/roses/fr/* /roses/fr/404.html 404\n',
		);
	});
});
