import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, citations, cslJson, gbt7714, mla, type CiteInput } from '../../src/lib/cite.ts';

const en: CiteInput = {
	lang: 'en',
	tag: 'en',
	title: 'What happens in police custody?',
	author: "Les Roses d'Acier",
	site: 'Steel Roses',
	url: 'https://roses.example.org/en/police-custody/',
	updated: new Date(Date.UTC(2026, 10, 28)),
	accessed: new Date(Date.UTC(2026, 11, 1)),
	key: 'roses-acier-police-custody-en',
};

describe('citations', () => {
	it('APA 7 in English, French and Chinese, with the retrieval date', () => {
		expect(apa(en)).toBe(
			"Les Roses d'Acier. (2026, November 28). What happens in police custody? Retrieved December 1, 2026, from https://roses.example.org/en/police-custody/",
		);
		expect(apa({ ...en, lang: 'fr', title: 'La garde à vue' })).toBe(
			"Les Roses d'Acier. (2026, 28 novembre). La garde à vue. Consulté le 1er décembre 2026, à l'adresse https://roses.example.org/en/police-custody/",
		);
		expect(apa({ ...en, lang: 'zh', title: '被警察带走了怎么办？', author: '铿锵玫瑰' })).toBe(
			'铿锵玫瑰. (2026年11月28日). 被警察带走了怎么办？ 检索于2026年12月1日，来自 https://roses.example.org/en/police-custody/',
		);
	});

	it('MLA 9 with abbreviated months and the access date last', () => {
		expect(mla(en)).toBe(
			'“What happens in police custody?” Steel Roses, 28 Nov. 2026, https://roses.example.org/en/police-custody/. Accessed 1 Dec. 2026.',
		);
		expect(mla({ ...en, lang: 'fr', site: "Les Roses d'Acier", title: 'La garde à vue' })).toBe(
			"« La garde à vue ». Les Roses d'Acier, 28 nov. 2026, https://roses.example.org/en/police-custody/. Consulté le 1 déc. 2026.",
		);
	});

	it('Chicago with the last-modified and access dates', () => {
		expect(chicago(en)).toBe(
			"Les Roses d'Acier. “What happens in police custody?” Steel Roses. Last modified November 28, 2026. Accessed December 1, 2026. https://roses.example.org/en/police-custody/.",
		);
	});

	it('GB/T 7714 for Chinese readers, first in the Chinese list only', () => {
		expect(gbt7714({ ...en, lang: 'zh', title: '拘留', author: '铿锵玫瑰' })).toBe(
			'铿锵玫瑰. 拘留[EB/OL]. (2026-11-28)[2026-12-01]. https://roses.example.org/en/police-custody/.',
		);
		expect(citations({ ...en, lang: 'zh' })[0]?.style).toBe('GB/T 7714');
		expect(citations(en).map((c) => c.style)).toEqual(['APA 7', 'MLA 9', 'Chicago', 'BibTeX', 'CSL-JSON']);
	});

	it('BibTeX that escapes special characters, and CSL-JSON that reference managers read', () => {
		const bib = bibtex({ ...en, title: 'Fees & 50% {cuts}' });
		expect(bib).toContain('title = {{Fees \\& 50\\% cuts}},');
		expect(bib).toContain('urldate = {2026-12-01},');
		expect(bib.startsWith('@online{roses-acier-police-custody-en,')).toBe(true);
		const csl = JSON.parse(cslJson(en));
		expect(csl[0]).toMatchObject({
			type: 'webpage',
			title: en.title,
			author: [{ literal: "Les Roses d'Acier" }],
			issued: { 'date-parts': [[2026, 11, 28]] },
			accessed: { 'date-parts': [[2026, 12, 1]] },
			URL: en.url,
			language: 'en',
		});
	});
});
