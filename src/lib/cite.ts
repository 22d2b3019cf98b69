/**
 * Ready citations of a page, in the page's language, in the styles journalists and researchers use.
 * Pure: the cite box renders them at build time, and its script renders them again in the browser
 * with the reader's own "accessed" date.
 */

/** The page's language code; languages without their own forms here get the English ones. */
export type CiteLang = string;

export interface CiteInput {
	lang: CiteLang;
	/** BCP 47 tag of the page, for CSL-JSON and BibTeX. */
	tag: string;
	title: string;
	/** The organisation, author and publisher of the page. */
	author: string;
	/** The website's name in the page's language. */
	site: string;
	url: string;
	/** The page's last update. */
	updated: Date;
	accessed: Date;
	/** A short key for reference managers: `steel-roses-prep-fr`. */
	key: string;
}

export interface Citation {
	style: string;
	/** `text`: a formatted reference; `code`: BibTeX or JSON to paste into a reference manager. */
	kind: 'text' | 'code';
	value: string;
}

const monthsLong: Record<'fr' | 'en', string[]> = {
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	],
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre',
	],
};
/** MLA 9 abbreviates months (May, June and July stay whole). */
const monthsMla: Record<'fr' | 'en', string[]> = {
	en: ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
	fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

const parts = (date: Date) => ({ y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() });
const iso = (date: Date) => date.toISOString().slice(0, 10);
const zhDate = (date: Date) => {
	const { y, m, d } = parts(date);
	return `${y}年${m + 1}月${d}日`;
};

/** A title as a sentence: a full stop is added unless it already ends with one, or with ? or !. */
const sentence = (title: string) => (/[.?!。？！]$/.test(title) ? title : `${title}.`);

/** "November 28, 2026" / "28 novembre 2026" / "2026年11月28日". */
export function longDate(date: Date, lang: CiteLang): string {
	const { y, m, d } = parts(date);
	if (lang === 'zh') return zhDate(date);
	return lang === 'fr' ? `${d === 1 ? '1er' : d} ${monthsLong.fr[m]} ${y}` : `${monthsLong.en[m]} ${d}, ${y}`;
}

/** APA 7: a page by an organisation that changes over time, so with a retrieval date. */
export function apa(c: CiteInput): string {
	const { y, m, d } = parts(c.updated);
	if (c.lang === 'zh') {
		return `${c.author}. (${zhDate(c.updated)}). ${sentence(c.title)} 检索于${zhDate(c.accessed)}，来自 ${c.url}`;
	}
	if (c.lang === 'fr') {
		return `${c.author}. (${y}, ${d} ${monthsLong.fr[m]}). ${sentence(c.title)} Consulté le ${longDate(c.accessed, 'fr')}, à l'adresse ${c.url}`;
	}
	return `${c.author}. (${y}, ${monthsLong.en[m]} ${d}). ${sentence(c.title)} Retrieved ${longDate(c.accessed, 'en')}, from ${c.url}`;
}

/** MLA 9: the title in quotation marks, the website, the date, the address, then the access date. */
export function mla(c: CiteInput): string {
	const mlaDate = (date: Date, lang: 'fr' | 'en') => {
		const { y, m, d } = parts(date);
		return `${d} ${monthsMla[lang][m]} ${y}`;
	};
	if (c.lang === 'zh') {
		return `“${c.title}”. ${c.site}, ${zhDate(c.updated)}, ${c.url}. 访问日期：${zhDate(c.accessed)}。`;
	}
	if (c.lang === 'fr') {
		return `« ${c.title} ». ${c.site}, ${mlaDate(c.updated, 'fr')}, ${c.url}. Consulté le ${mlaDate(c.accessed, 'fr')}.`;
	}
	return `“${sentence(c.title)}” ${c.site}, ${mlaDate(c.updated, 'en')}, ${c.url}. Accessed ${mlaDate(c.accessed, 'en')}.`;
}

/** Chicago (17th ed., bibliography): author, title, website, last modified, accessed, address. */
export function chicago(c: CiteInput): string {
	if (c.lang === 'zh') {
		return `${c.author}. “${c.title}”. ${c.site}. 最后修改于${zhDate(c.updated)}. 访问于${zhDate(c.accessed)}. ${c.url}.`;
	}
	if (c.lang === 'fr') {
		return `${c.author}. « ${c.title} ». ${c.site}. Dernière modification le ${longDate(c.updated, 'fr')}. Consulté le ${longDate(c.accessed, 'fr')}. ${c.url}.`;
	}
	return `${c.author}. “${sentence(c.title)}” ${c.site}. Last modified ${longDate(c.updated, 'en')}. Accessed ${longDate(c.accessed, 'en')}. ${c.url}.`;
}

/** GB/T 7714-2015, the Chinese national standard: 责任者. 题名[EB/OL]. (更新日期)[引用日期]. 地址. */
export function gbt7714(c: CiteInput): string {
	return `${c.author}. ${c.title}[EB/OL]. (${iso(c.updated)})[${iso(c.accessed)}]. ${c.url}.`;
}

/** Escapes what BibTeX reads as commands in a field value. */
function bibtexEscape(value: string): string {
	return value.replace(/[\\{}]/g, '').replace(/([%&#_$])/g, '\\$1');
}

const langids: Record<string, string> = { zh: 'chinese', fr: 'french', en: 'english' };

/** BibTeX (biblatex `@online`, which reference managers and Zotero import). */
export function bibtex(c: CiteInput): string {
	return [
		`@online{${c.key},`,
		`  author = {{${bibtexEscape(c.author)}}},`,
		`  title = {{${bibtexEscape(c.title)}}},`,
		`  organization = {${bibtexEscape(c.site)}},`,
		`  date = {${iso(c.updated)}},`,
		`  year = {${c.updated.getUTCFullYear()}},`,
		`  url = {${c.url}},`,
		`  urldate = {${iso(c.accessed)}},`,
		`  langid = {${langids[c.lang] ?? c.tag}},`,
		'}',
	].join('\n');
}

/** CSL-JSON, the format Zotero, Mendeley and pandoc read. */
export function cslJson(c: CiteInput): string {
	const dateParts = (date: Date) => {
		const { y, m, d } = parts(date);
		return { 'date-parts': [[y, m + 1, d]] };
	};
	return JSON.stringify(
		[
			{
				id: c.key,
				type: 'webpage',
				title: c.title,
				author: [{ literal: c.author }],
				publisher: c.author,
				'container-title': c.site,
				issued: dateParts(c.updated),
				accessed: dateParts(c.accessed),
				URL: c.url,
				language: c.tag,
			},
		],
		null,
		2,
	);
}

/** Every citation of a page, in the order the cite box shows them (the Chinese standard first in Chinese). */
export function citations(c: CiteInput): Citation[] {
	const list: Citation[] = [
		{ style: 'APA 7', kind: 'text', value: apa(c) },
		{ style: 'MLA 9', kind: 'text', value: mla(c) },
		{ style: 'Chicago', kind: 'text', value: chicago(c) },
		{ style: 'BibTeX', kind: 'code', value: bibtex(c) },
		{ style: 'CSL-JSON', kind: 'code', value: cslJson(c) },
	];
	return c.lang === 'zh' ? [{ style: 'GB/T 7714', kind: 'text', value: gbt7714(c) }, ...list] : list;
}
