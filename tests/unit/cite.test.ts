import { describe, expect, it } from 'vitest';
import {
	apa,
	apaInText,
	biblatex,
	bibtex,
	chicagoBibliography,
	chicagoNote,
	citations,
	cslJson,
	gbt7714,
	htmlText,
	mla,
	mlaInText,
	plainText,
	ris,
	sentenceCase,
	titleCase,
	type CiteInput,
} from '../../src/lib/cite.ts';

/**
 * Each expected line was written from the style's manual (the rule is named beside it), for the pages
 * a journalist and a researcher cited in the review of the site: a French, an English and a Chinese page.
 * `\u00a0` is a no-break space, `\u202f` a narrow no-break space (French typography).
 */
const nb = '\u00a0';
const nn = '\u202f';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const fr: CiteInput = {
	lang: 'fr',
	tag: 'fr',
	title: 'Garde à vue : quels sont vos droits ?',
	author: "Les Roses d'Acier",
	site: "Les Roses d'Acier",
	url: 'https://example.org/fr/police-custody/',
	updated: day(2026, 11, 28),
	accessed: day(2026, 11, 30),
	key: 'roses-acier-police-custody-fr',
	english: { site: 'Steel Roses', title: 'Police custody: what are your rights?' },
};
const frTitle = `Garde à vue${nb}: quels sont vos droits${nn}?`;

const en: CiteInput = {
	lang: 'en',
	tag: 'en',
	title: 'How do I file a complaint, even without papers?',
	author: "Les Roses d'Acier",
	site: 'Steel Roses',
	url: 'https://example.org/en/filing-a-complaint/',
	updated: day(2026, 11, 28),
	accessed: day(2026, 11, 30),
	key: 'roses-acier-filing-a-complaint-en',
	english: {
		site: 'Steel Roses',
		title: 'How do I file a complaint, even without papers?',
	},
};

const zh: CiteInput = {
	lang: 'zh',
	tag: 'zh-Hans',
	title: '暴露前预防药（PrEP）：提前吃药，防艾滋病病毒',
	author: '铿锵玫瑰',
	site: '铿锵玫瑰',
	url: 'https://example.org/zh/prep/',
	updated: day(2026, 11, 28),
	accessed: day(2026, 11, 30),
	key: 'roses-acier-prep-zh',
	english: {
		site: 'Steel Roses',
		title: 'PrEP: a medicine taken in advance to prevent HIV',
	},
};

const text = (runs: ReturnType<typeof apa>) => plainText(runs);

describe('APA 7', () => {
	it('cites a dated page of a group author: author, date, title in italics, URL, no retrieval date', () => {
		// §10.16 ex. 111: group author; the site name is left out when it names the author; §9.16: no
		// retrieval date for a dated page; a title ending with "?" takes no full stop; no full stop after a URL.
		expect(htmlText(apa(en))).toBe(
			'Les Roses d’Acier. (2026, November 28). <i>How do I file a complaint, even without papers?</i> https://example.org/en/filing-a-complaint/',
		);
		// The French adaptation: French date, French spacing inside the title.
		expect(htmlText(apa(fr))).toBe(
			`Les Roses d’Acier. (2026, 28 novembre). <i>${frTitle}</i> https://example.org/fr/police-custody/`,
		);
		// A title without its own mark takes a full stop after the italics (not in them); "1er" in French.
		expect(htmlText(apa({ ...fr, title: 'La PrEP', updated: day(2026, 5, 1) }))).toBe(
			'Les Roses d’Acier. (2026, 1er mai). <i>La PrEP</i>. https://example.org/fr/police-custody/',
		);
		// Sentence case: the subtitle's first word after a colon is capitalised (§6.17).
		expect(text(apa({ ...en, title: 'Police custody: what are your rights?' }))).toContain(
			'Police custody: What are your rights?',
		);
	});

	it('cites a Chinese page in an English-language paper: original title, then its translation in brackets', () => {
		// APA 7 on works in another language: the title as published, its English translation in [ ], not italic.
		expect(htmlText(apa(zh))).toBe(
			'Les Roses d’Acier. (2026, November 28). <i>暴露前预防药（PrEP）：提前吃药，防艾滋病病毒</i> [PrEP: A medicine taken in advance to prevent HIV]. https://example.org/zh/prep/',
		);
	});

	it('cites a section in the text by its name, and the reference points to it', () => {
		const section = { id: 'lawyer', title: 'Demandez un avocat tout de suite' };
		// §8.13: a source without page numbers is cited at a part by the section's name.
		expect(text(apaInText({ ...fr, section })!)).toBe(
			`(Les Roses d’Acier, 2026, section «${nb}Demandez un avocat tout de suite${nb}»)`,
		);
		expect(text(apaInText({ ...en, section: { id: 'where', title: 'Where to file' } })!)).toBe(
			'(Les Roses d’Acier, 2026, “Where to file” section)',
		);
		expect(text(apa({ ...fr, section }))).toMatch(/ https:\/\/example\.org\/fr\/police-custody\/#lawyer$/);
		expect(apaInText(fr)).toBeUndefined();
	});
});

describe('MLA 9', () => {
	it('begins with the title in headline capitals, the website in italics, the date, the address without https', () => {
		// The organisation is author and publisher: the entry begins with the title, names no publisher;
		// "without" is a preposition, lower case; §5.95: "https://" may be dropped; access date optional.
		expect(htmlText(mla(en))).toBe(
			'“How Do I File a Complaint, Even without Papers?” <i>Steel Roses</i>, 28 Nov. 2026, example.org/en/filing-a-complaint/.',
		);
		// French: « » with no-break spaces, no full stop after a title ending with "?", "1er" and "nov.".
		expect(htmlText(mla(fr))).toBe(
			`«${nb}${frTitle}${nb}» <i>Les Roses d’Acier</i>, 28 nov. 2026, example.org/fr/police-custody/.`,
		);
		expect(text(mla({ ...fr, updated: day(2026, 11, 1) }))).toContain(', 1er nov. 2026,');
		// A title without its own mark: the full stop inside the quotation marks in English.
		expect(text(mla({ ...en, title: 'Where to get help' }))).toMatch(/^“Where to Get Help\.” Steel Roses,/);
	});

	it('gives a Chinese page its original title and a translation in brackets, the site likewise', () => {
		expect(htmlText(mla(zh))).toBe(
			'“暴露前预防药（PrEP）：提前吃药，防艾滋病病毒 [PrEP: A Medicine Taken in Advance to Prevent HIV].” <i>铿锵玫瑰</i> [Steel Roses], 28 Nov. 2026, example.org/zh/prep/.',
		);
	});

	it('cites a section in the text with the shortened title', () => {
		const section = { id: 'lawyer', title: 'Demandez un avocat tout de suite' };
		expect(text(mlaInText({ ...fr, section })!)).toBe(
			`(«${nb}Garde à vue${nb}», section «${nb}Demandez un avocat tout de suite${nb}»)`,
		);
	});
});

describe('Chicago 17, notes and bibliography', () => {
	it('gives the note and the bibliography entry of a web page (§14.206)', () => {
		// Note: commas between elements; the comma is kept after a title's own "?" (17th ed.); the site's
		// title is given when it differs from the author's name; "last modified" and no access date (§14.12).
		expect(text(chicagoNote(en))).toBe(
			'Les Roses d’Acier, “How Do I File a Complaint, Even without Papers?,” Steel Roses, last modified November 28, 2026, https://example.org/en/filing-a-complaint/.',
		);
		expect(text(chicagoBibliography(en))).toBe(
			'Les Roses d’Acier. “How Do I File a Complaint, Even without Papers?” Steel Roses. Last modified November 28, 2026. https://example.org/en/filing-a-complaint/.',
		);
	});

	it('leaves out the site title that repeats the author in French, and writes « » and "1er"', () => {
		expect(text(chicagoNote(fr))).toBe(
			`Les Roses d’Acier, «${nb}${frTitle}${nb}», dernière modification le 28 novembre 2026, https://example.org/fr/police-custody/.`,
		);
		expect(text(chicagoBibliography({ ...fr, updated: day(2026, 5, 1) }))).toBe(
			`Les Roses d’Acier. «${nb}${frTitle}${nb}» Dernière modification le 1er mai 2026. https://example.org/fr/police-custody/.`,
		);
	});

	it('names the section in the note, with its address; the bibliography lists the whole page', () => {
		const section = { id: 'lawyer', title: 'Demandez un avocat tout de suite' };
		expect(text(chicagoNote({ ...fr, section }))).toBe(
			`Les Roses d’Acier, «${nb}${frTitle}${nb}», section «${nb}Demandez un avocat tout de suite${nb}», dernière modification le 28 novembre 2026, https://example.org/fr/police-custody/#lawyer.`,
		);
		expect(text(chicagoBibliography({ ...fr, section }))).not.toContain('#lawyer');
	});

	it('gives a Chinese page its translation in brackets, in sentence case', () => {
		expect(text(chicagoNote(zh))).toBe(
			'Les Roses d’Acier, “暴露前预防药（PrEP）：提前吃药，防艾滋病病毒 [PrEP: A medicine taken in advance to prevent HIV],” 铿锵玫瑰 [Steel Roses], last modified November 28, 2026, https://example.org/zh/prep/.',
		);
	});
});

describe('GB/T 7714-2015', () => {
	it('cites an online resource: 责任者. 题名[EB/OL]. (更新日期)[引用日期]. 地址.', () => {
		// As the standard's own example: 萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://…
		expect(text(gbt7714(zh))).toBe(
			'铿锵玫瑰. 暴露前预防药（PrEP）：提前吃药，防艾滋病病毒[EB/OL]. (2026-11-28)[2026-11-30]. https://example.org/zh/prep/.',
		);
	});

	it('comes first on a Chinese page only', () => {
		expect(citations(zh)[0]?.style).toBe('gbt7714');
		expect(citations(fr).map((c) => c.style)).not.toContain('gbt7714');
		expect(citations(en).map((c) => c.style)).toEqual([
			'apa',
			'mla',
			'chicago-note',
			'chicago-bibliography',
			'biblatex',
			'bibtex',
			'csl-json',
			'ris',
		]);
	});
});

describe('records for reference managers', () => {
	it('BibLaTeX @online: corporate author in double braces, date without year, url and urldate, TeX escaped', () => {
		expect(plainText(biblatex(fr))).toBe(
			[
				'@online{roses-acier-police-custody-fr,',
				"  author  = {{Les Roses d'Acier}},",
				'  title   = {{Garde à vue~: quels sont vos droits~?}},',
				'  date    = {2026-11-28},',
				'  url     = {https://example.org/fr/police-custody/},',
				'  urldate = {2026-11-30},',
				'  langid  = {french},',
				'}',
			].join('\n'),
		);
		const special = plainText(biblatex({ ...en, title: 'Fees & 50% {cuts} ~ ^_^ #1 $5 \\o/' }));
		expect(special).toContain(
			'{{Fees \\& 50\\% \\{cuts\\} \\textasciitilde{} \\textasciicircum{}\\_\\textasciicircum{} \\#1 \\$5 \\textbackslash{}o/}}',
		);
		expect(special).not.toMatch(/year|organization/);
		// biblatex has no Chinese language module: no langid rather than a wrong one.
		expect(plainText(biblatex(zh))).not.toContain('langid');
	});

	it('BibTeX @misc for classic styles: the address in howpublished, the dates in a note', () => {
		expect(plainText(bibtex(en))).toBe(
			[
				'@misc{roses-acier-filing-a-complaint-en,',
				"  author       = {{Les Roses d'Acier}},",
				'  title        = {{How do I file a complaint, even without papers?}},',
				'  howpublished = {\\url{https://example.org/en/filing-a-complaint/}},',
				'  year         = {2026},',
				'  month        = nov,',
				'  note         = {Last modified November 28, 2026. Accessed November 30, 2026},',
				'}',
			].join('\n'),
		);
		expect(plainText(bibtex({ ...fr, section: { id: 'lawyer', title: 'L’avocat' } }))).toContain(
			'\\url{https://example.org/fr/police-custody/\\#lawyer}',
		);
	});

	it('CSL-JSON: a webpage, a literal author, the website as container, no publisher repeating the author', () => {
		const [item] = JSON.parse(cslJson(zh)) as Record<string, unknown>[];
		expect(item).toEqual({
			id: 'roses-acier-prep-zh',
			type: 'webpage',
			title: zh.title,
			author: [{ literal: '铿锵玫瑰' }],
			'container-title': '铿锵玫瑰',
			issued: { 'date-parts': [[2026, 11, 28]] },
			accessed: { 'date-parts': [[2026, 11, 30]] },
			URL: 'https://example.org/zh/prep/',
			language: 'zh-Hans',
		});
		expect(JSON.parse(cslJson(zh, false))[0]).not.toHaveProperty('accessed');
	});

	it('RIS: a web page (ELEC) with a one-field author, the website, the dates and the address', () => {
		expect(ris(en).split('\r\n')).toEqual([
			'TY  - ELEC',
			"AU  - Les Roses d'Acier",
			'TI  - How do I file a complaint, even without papers?',
			'T2  - Steel Roses',
			'DA  - 2026/11/28/',
			'PY  - 2026',
			'Y2  - 2026/11/30/',
			'UR  - https://example.org/en/filing-a-complaint/',
			'LA  - en',
			'ER  - ',
		]);
	});
});

describe('typography', () => {
	it('writes English headlines as MLA and Chicago capitalise them', () => {
		expect(titleCase('What to do after an assault or sexual violence?')).toBe(
			'What to Do after an Assault or Sexual Violence?',
		);
		expect(titleCase('Where can I get free condoms? What if a condom breaks?')).toBe(
			'Where Can I Get Free Condoms? What If a Condom Breaks?',
		);
		expect(titleCase("About us: Les Roses d'Acier (Steel Roses)")).toBe("About Us: Les Roses d'Acier (Steel Roses)");
		expect(titleCase('PrEP: a medicine taken in advance to prevent HIV')).toBe(
			'PrEP: A Medicine Taken in Advance to Prevent HIV',
		);
	});

	it('keeps a sentence-case title as written, capitalising a subtitle', () => {
		expect(sentenceCase('Sex work: what is illegal in France?')).toBe('Sex work: What is illegal in France?');
	});

	it('escapes HTML in the rich text and keeps the plain text whole', () => {
		const runs = apa({ ...en, title: 'A <b> & "c"' });
		expect(htmlText(runs)).toContain('<i>A &lt;b&gt; &amp; &quot;c&quot;</i>.');
		expect(plainText(runs)).toContain('A <b> & "c".');
	});
});
