/**
 * Ready citations of a page (or of one section of it), in the styles journalists and researchers use,
 * each written to its manual. Pure: the cite box renders them at build time, and its script renders
 * them again in the browser with the reader's own "accessed" date and the section she opened.
 *
 * Which forms a page gets depends on the language of its text:
 * - English: APA 7, MLA 9 and Chicago 17 as their manuals give them.
 * - French: the same styles in their French adaptations (« », non-breaking spaces, "1er", French dates).
 * - Any other language: GB/T 7714-2015 for Chinese, then APA, MLA and Chicago as an English-language
 *   paper cites a page in another language: the original title followed by its English translation in
 *   brackets, as each manual asks for works in another language.
 * - Every language: BibLaTeX, BibTeX, CSL-JSON and RIS for reference managers.
 */

import { orgName } from './organisation.ts';

export interface CiteSection {
	/** The heading's id: the address's `#fragment`. */
	id: string;
	/** The heading's text. */
	title: string;
}

export interface CiteInput {
	/** The language code of the page's text. */
	lang: string;
	/** Its BCP 47 tag, for CSL-JSON and RIS. */
	tag: string;
	title: string;
	/** The organisation as the page's author, as written in the page's language. */
	author: string;
	/** The website's name in the page's language. */
	site: string;
	/** The page's address, without a fragment. */
	url: string;
	/** The page's last update: the date of the version cited. */
	updated: Date;
	accessed: Date;
	/** A short key for reference managers: `roses-acier-prep-fr`. */
	key: string;
	/**
	 * For a page in a language other than English and French: the English names an English-language
	 * citation puts in brackets after the originals (the title from the English version of the page).
	 */
	english?: { site: string; title?: string | undefined } | undefined;
	/** The section cited, when the reader cites one section rather than the whole page. */
	section?: CiteSection | undefined;
}

/** A piece of a formatted citation: plain text, or text the style sets in italics. */
export type Run = string | { italic: string };

/** The styles, in the order the cite box shows them. */
export const styleIds = [
	'gbt7714',
	'apa',
	'apa-in-text',
	'mla',
	'mla-in-text',
	'chicago-note',
	'chicago-bibliography',
	'biblatex',
	'bibtex',
	'csl-json',
	'ris',
] as const;
export type StyleId = (typeof styleIds)[number];

export interface Citation {
	style: StyleId;
	/** `text`: a formatted reference (copied as rich text); `code`: a record to paste into a reference manager. */
	kind: 'text' | 'code';
	runs: Run[];
}

const months: Record<'en' | 'fr', readonly string[]> = {
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
/** MLA 9 abbreviates months of more than four letters (May, June and July stay whole; French likewise). */
const monthsMla: Record<'en' | 'fr', readonly string[]> = {
	en: ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
	fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

const parts = (date: Date) => ({ y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() });
const iso = (date: Date) => date.toISOString().slice(0, 10);
/** French writes the first day of a month "1er" (premier), in every date. */
const frDay = (d: number) => (d === 1 ? '1er' : String(d));
const zhDate = (date: Date) => {
	const { y, m, d } = parts(date);
	return `${y}年${m + 1}月${d}日`;
};

/** "November 28, 2026" / "28 novembre 2026" / "2026年11月28日". */
export function longDate(date: Date, lang: string): string {
	const { y, m, d } = parts(date);
	if (lang === 'zh') return zhDate(date);
	return lang === 'fr' ? `${frDay(d)} ${months.fr[m]} ${y}` : `${months.en[m]} ${d}, ${y}`;
}

/** MLA's day-month-year with abbreviated months: "28 Nov. 2026" / "1er nov. 2026". */
function mlaDate(date: Date, lang: 'en' | 'fr'): string {
	const { y, m, d } = parts(date);
	return `${lang === 'fr' ? frDay(d) : d} ${monthsMla[lang][m]} ${y}`;
}

/** Whether a title ends with its own mark, after which a style adds no full stop. */
const endsWithMark = (text: string) => /[.?!…。？！]$/.test(text);
/** A full stop, unless the text ends with one, or with ? or !. */
const stop = (text: string) => (endsWithMark(text) ? '' : '.');

/** Typographic apostrophes, as in the site's text (L’avocat): "d'Acier" → "d’Acier". */
const curly = (text: string) => text.replace(/'/g, '’');

/**
 * French typography: a narrow no-break space before ; ! ?, a no-break space before : and inside « »,
 * so that a citation never breaks there or shows "droits ?" split across lines.
 */
export function frenchSpaces(text: string): string {
	return text
		.replace(/[ \u00a0\u202f]*([;!?])/g, '\u202f$1')
		.replace(/[ \u00a0\u202f]*:/g, '\u00a0:')
		.replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
		.replace(/[ \u00a0\u202f]*»/g, '\u00a0»');
}

/** Words an English headline keeps in lower case (CMOS 17 §8.159; MLA 9 lowercases the same). */
const minorWords = new Set([
	'a',
	'an',
	'the',
	'and',
	'but',
	'or',
	'nor',
	'for',
	'so',
	'yet',
	'as',
	'to',
	'about',
	'above',
	'across',
	'after',
	'against',
	'along',
	'among',
	'around',
	'at',
	'before',
	'behind',
	'below',
	'beneath',
	'beside',
	'between',
	'beyond',
	'by',
	'despite',
	'during',
	'except',
	'from',
	'in',
	'inside',
	'into',
	'like',
	'near',
	'of',
	'on',
	'onto',
	'outside',
	'over',
	'per',
	'since',
	'through',
	'throughout',
	'toward',
	'towards',
	'under',
	'underneath',
	'until',
	'upon',
	'via',
	'with',
	'within',
	'without',
]);

/**
 * An English title in headline style, as MLA 9 and Chicago 17 print titles: the first and last words,
 * the first word after a colon, ? or !, and every major word capitalised; articles, prepositions,
 * coordinating conjunctions, "to" and "as" in lower case. A word with a capital already (PrEP, HIV,
 * d'Acier) is kept as written.
 */
export function titleCase(title: string): string {
	const words = title.split(' ');
	return words
		.map((word, i) => {
			const core = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
			const first = i === 0 || /[:?!.]$/.test(words[i - 1] ?? '');
			const last = i === words.length - 1;
			if (/\p{Lu}/u.test(word)) return word;
			if (!first && !last && minorWords.has(core)) return word;
			return word.replace(/\p{Ll}/u, (letter) => letter.toUpperCase());
		})
		.join(' ');
}

/**
 * An English title in sentence case as APA 7 and Chicago's bracketed translations write it: as written,
 * with the first word after a colon capitalised too (the subtitle's first word, APA 7 §6.17).
 */
export function sentenceCase(title: string): string {
	return title.replace(
		/^\p{Ll}|([:?!]\s+)(\p{Ll})/gu,
		(match, before: string | undefined, letter: string | undefined) =>
			before ? `${before}${letter!.toUpperCase()}` : match.toUpperCase(),
	);
}

/** The family of forms a page gets: English, French, or English-language forms of another language. */
type Family = 'en' | 'fr' | 'other';
const familyOf = (c: CiteInput): Family => (c.lang === 'en' ? 'en' : c.lang === 'fr' ? 'fr' : 'other');

/** Whether a page's APA, MLA and Chicago forms are those of an English-language paper citing another language. */
export const citedInEnglish = (lang: string) => lang !== 'en' && lang !== 'fr';

/** The cited address: the page's, with the section's fragment when a section is cited. */
const addressOf = (c: CiteInput) => (c.section ? `${c.url}#${c.section.id}` : c.url);

/** The author as an English-language citation writes it: the organisation's own (Latin) name. */
const latinAuthor = () => curly(orgName);

/** An original title with its English translation in brackets, when there is one. */
const withTranslation = (title: string, translation: string | undefined) =>
	translation ? `${title} [${translation}]` : title;

/**
 * APA 7, a webpage with a group author (§10.16, example 111): author. (date). *Title*. URL. The site's
 * name is left out because it names the author (example 111: "when the author and site name are the
 * same, omit the site name"), and there is no retrieval date: the page is dated, not designed to change
 * (§9.16). A title ending with ? takes no full stop; the URL takes none either.
 */
export function apa(c: CiteInput): Run[] {
	const { y, m, d } = parts(c.updated);
	const url = addressOf(c);
	const family = familyOf(c);
	if (family === 'fr') {
		const title = frenchSpaces(curly(c.title));
		return [`${curly(c.author)}. (${y}, ${frDay(d)} ${months.fr[m]}). `, { italic: title }, `${stop(title)} ${url}`];
	}
	if (family === 'en') {
		const title = sentenceCase(curly(c.title));
		return [`${curly(c.author)}. (${y}, ${months.en[m]} ${d}). `, { italic: title }, `${stop(title)} ${url}`];
	}
	// A work in another language: the original title in italics, its translation in brackets (not italic).
	const translation = c.english?.title && sentenceCase(curly(c.english.title));
	return [
		`${latinAuthor()}. (${y}, ${months.en[m]} ${d}). `,
		{ italic: c.title },
		translation ? ` [${translation}]. ${url}` : `${stop(c.title)} ${url}`,
	];
}

/** APA 7's citation in the text of one section (§8.13: a source without pages cites the section's name). */
export function apaInText(c: CiteInput): Run[] | undefined {
	if (!c.section) return undefined;
	const { y } = parts(c.updated);
	const section = curly(c.section.title);
	return familyOf(c) === 'fr'
		? [`(${curly(c.author)}, ${y}, section ${frenchSpaces(`« ${section} »`)})`]
		: [`(${latinAuthor()}, ${y}, “${section}” section)`];
}

/**
 * MLA 9, a page on a website: “Title.” *Website*, day Month year, address. The organisation is both
 * author and publisher, so the entry begins with the title and names no publisher (the website's title
 * is the publisher's name); the address drops "https://" (§5.95); the access date is optional for a
 * dated page and left out. English titles take headline capitals.
 */
export function mla(c: CiteInput): Run[] {
	const url = addressOf(c).replace(/^https?:\/\//, '');
	const family = familyOf(c);
	if (family === 'fr') {
		const title = frenchSpaces(`« ${curly(c.title)} »`);
		return [
			`${title}${endsWithMark(c.title) ? '' : '.'} `,
			{ italic: curly(c.site) },
			`, ${mlaDate(c.updated, 'fr')}, ${url}.`,
		];
	}
	if (family === 'en') {
		const title = titleCase(curly(c.title));
		return [`“${title}${stop(title)}” `, { italic: curly(c.site) }, `, ${mlaDate(c.updated, 'en')}, ${url}.`];
	}
	const translation = c.english?.title ? titleCase(curly(c.english.title)) : undefined;
	const site = c.english?.site ? ` [${curly(c.english.site)}]` : '';
	return [
		`“${withTranslation(c.title, translation)}${translation ? '.' : stop(c.title)}” `,
		{ italic: c.site },
		`${site}, ${mlaDate(c.updated, 'en')}, ${url}.`,
	];
}

/** MLA 9's citation in the text of one section: the title shortened to its first phrase, and the section. */
export function mlaInText(c: CiteInput): Run[] | undefined {
	if (!c.section) return undefined;
	const short = (title: string) => title.split(/\s*[:?!：？！]/)[0]?.trim() || title;
	const section = curly(c.section.title);
	if (familyOf(c) === 'fr') return [frenchSpaces(`(« ${short(curly(c.title))} », section « ${section} »)`)];
	const title = familyOf(c) === 'en' ? titleCase(short(curly(c.title))) : short(c.title);
	return [`(“${title},” sec. “${section}”)`];
}

/**
 * Chicago 17, notes and bibliography, web content (§14.206–207): a note, then the bibliography entry.
 * The site's title is left out when it is the author's name (§14.206, "Yale University. 'About Yale'");
 * "last modified" dates the version, so no access date (§14.12). English titles take headline capitals
 * (§8.159); in a note a comma follows a title's own question mark (a change of the 17th edition).
 */
export function chicagoNote(c: CiteInput): Run[] {
	const url = addressOf(c);
	const family = familyOf(c);
	const { y, m, d } = parts(c.updated);
	if (family === 'fr') {
		const title = frenchSpaces(`« ${curly(c.title)} »`);
		const section = c.section ? `, section ${frenchSpaces(`« ${curly(c.section.title)} »`)}` : '';
		const site = c.site === c.author ? '' : `, ${curly(c.site)}`;
		return [
			`${curly(c.author)}, ${title}${section}${site}, dernière modification le ${frDay(d)} ${months.fr[m]} ${y}, ${url}.`,
		];
	}
	const modified = `last modified ${months.en[m]} ${d}, ${y}`;
	if (family === 'en') {
		const section = c.section ? ` section “${titleCase(curly(c.section.title))},”` : '';
		const site = c.site === c.author ? '' : ` ${curly(c.site)},`;
		return [`${curly(c.author)}, “${titleCase(curly(c.title))},”${section}${site} ${modified}, ${url}.`];
	}
	const section = c.section ? ` section “${c.section.title},”` : '';
	const site = c.english?.site ? `${c.site} [${curly(c.english.site)}]` : c.site;
	const translation = c.english?.title && sentenceCase(curly(c.english.title));
	return [`${latinAuthor()}, “${withTranslation(c.title, translation)},”${section} ${site}, ${modified}, ${url}.`];
}

/** Chicago 17's bibliography entry: the whole page (a bibliography lists works, not their sections). */
export function chicagoBibliography(c: CiteInput): Run[] {
	const family = familyOf(c);
	const { y, m, d } = parts(c.updated);
	if (family === 'fr') {
		const title = frenchSpaces(`« ${curly(c.title)} »`);
		const site = c.site === c.author ? '' : ` ${curly(c.site)}.`;
		return [
			`${curly(c.author)}. ${title}${endsWithMark(c.title) ? '' : '.'}${site} Dernière modification le ${frDay(d)} ${months.fr[m]} ${y}. ${c.url}.`,
		];
	}
	const modified = `Last modified ${months.en[m]} ${d}, ${y}`;
	if (family === 'en') {
		const title = titleCase(curly(c.title));
		const site = c.site === c.author ? '' : ` ${curly(c.site)}.`;
		return [`${curly(c.author)}. “${title}${stop(title)}”${site} ${modified}. ${c.url}.`];
	}
	const site = c.english?.site ? `${c.site} [${curly(c.english.site)}]` : c.site;
	const translation = c.english?.title && sentenceCase(curly(c.english.title));
	const end = translation ? '.' : stop(c.title);
	return [`${latinAuthor()}. “${withTranslation(c.title, translation)}${end}” ${site}. ${modified}. ${c.url}.`];
}

/**
 * GB/T 7714-2015, the Chinese national standard, for an online resource (电子资源, type code EB/OL):
 * 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 */
export function gbt7714(c: CiteInput): Run[] {
	return [`${c.author}. ${c.title}[EB/OL]. (${iso(c.updated)})[${iso(c.accessed)}]. ${addressOf(c)}.`];
}

/** The section's name in a reference manager's note: `section « L’avocat »`. */
function sectionNote(c: CiteInput): string | undefined {
	if (!c.section) return undefined;
	const title = curly(c.section.title);
	if (c.lang === 'fr') return frenchSpaces(`section « ${title} »`);
	if (c.lang === 'zh') return `“${title}”一节`;
	return `section “${title}”`;
}

/** TeX's special characters in a field, so that a title never breaks a document or loses a character. */
function texEscape(value: string): string {
	const escapes: Record<string, string> = {
		'\\': '\\textbackslash{}',
		'{': '\\{',
		'}': '\\}',
		'~': '\\textasciitilde{}',
		'^': '\\textasciicircum{}',
		'%': '\\%',
		'&': '\\&',
		'#': '\\#',
		_: '\\_',
		$: '\\$',
		// A no-break space is TeX's tie.
		'\u00a0': '~',
		'\u202f': '~',
	};
	return value.replace(/[\\{}~^%&#_$\u00a0\u202f]/g, (char) => escapes[char] ?? char);
}

/** The title a reference manager keeps: French spacing in French, as written otherwise. */
const recordTitle = (c: CiteInput) => (c.lang === 'fr' ? frenchSpaces(c.title) : c.title);

/** biblatex's language names, for the languages it has a module for. */
const langids: Readonly<Record<string, string>> = { fr: 'french', en: 'english' };

/**
 * BibLaTeX `@online` (biblatex manual §2.1.1 and §2.2.2): the corporate author in double braces, so it
 * is not split into first and last names; `date` alone (no `year`, which Biber would overwrite);
 * `url` verbatim and `urldate`; `langid` only where biblatex has the language.
 */
export function biblatex(c: CiteInput): Run[] {
	const note = sectionNote(c);
	const fields: [string, string][] = [
		['author', `{${texEscape(c.author)}}`],
		['title', `{${texEscape(recordTitle(c))}}`],
		...(note ? [['titleaddon', texEscape(note)] as [string, string]] : []),
		['date', iso(c.updated)],
		['url', addressOf(c)],
		['urldate', iso(c.accessed)],
		...(langids[c.lang] ? [['langid', langids[c.lang]!] as [string, string]] : []),
	];
	return [record(`@online{${c.key},`, fields)];
}

/**
 * Classic BibTeX `@misc`, for styles without biblatex (plain, natbib, apalike): the address in
 * `howpublished` with `\url`, the dates in `note`, in the page's language.
 */
export function bibtex(c: CiteInput): Run[] {
	const { y, m } = parts(c.updated);
	const monthMacros = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
	const dates =
		c.lang === 'fr'
			? `Dernière modification le ${longDate(c.updated, 'fr')}. Consulté le ${longDate(c.accessed, 'fr')}`
			: c.lang === 'zh'
				? `最后修改于${zhDate(c.updated)}，引用于${zhDate(c.accessed)}`
				: `Last modified ${longDate(c.updated, 'en')}. Accessed ${longDate(c.accessed, 'en')}`;
	const note = sectionNote(c);
	const fields: [string, string][] = [
		['author', `{${texEscape(c.author)}}`],
		['title', `{${texEscape(recordTitle(c))}}`],
		['howpublished', `\\url{${addressOf(c).replace(/[#%]/g, '\\$&')}}`],
		['year', String(y)],
		['month', monthMacros[m]!],
		['note', texEscape(note ? `${note}. ${dates}` : dates)],
	];
	return [record(`@misc{${c.key},`, fields, ['month'])];
}

/** A BibTeX record, fields aligned; `bare` fields are macros, written without braces. */
function record(head: string, fields: [string, string][], bare: string[] = []): string {
	const width = Math.max(...fields.map(([name]) => name.length));
	const lines = fields.map(([name, value]) => {
		const written = bare.includes(name) ? value : `{${value}}`;
		return `  ${name.padEnd(width)} = ${written},`;
	});
	return [head, ...lines, '}'].join('\n');
}

/** The record of a page as CSL-JSON and RIS read it; `accessed` is left out of downloaded files. */
function cslItem(c: CiteInput, withAccessed: boolean) {
	const dateParts = (date: Date) => {
		const { y, m, d } = parts(date);
		return { 'date-parts': [[y, m + 1, d]] };
	};
	const note = sectionNote(c);
	// No `publisher`: it is the author, and every CSL style would print the name two or three times.
	return {
		id: c.key,
		type: 'webpage',
		title: recordTitle(c),
		author: [{ literal: c.author }],
		'container-title': c.site,
		issued: dateParts(c.updated),
		...(withAccessed ? { accessed: dateParts(c.accessed) } : {}),
		URL: addressOf(c),
		language: c.tag,
		...(note ? { note } : {}),
	};
}

/** CSL-JSON (citation-style-language schema `csl-data.json`), which Zotero, Mendeley and pandoc import. */
export function cslJson(c: CiteInput, withAccessed = true): string {
	// Dates on one line each: `"issued": { "date-parts": [[2026, 11, 28]] }`.
	return JSON.stringify([cslItem(c, withAccessed)], null, 2).replace(
		/\{\s+"date-parts": \[\s+\[\s+(\d+),\s+(\d+),\s+(\d+)\s+\]\s+\]\s+\}/g,
		'{ "date-parts": [[$1, $2, $3]] }',
	);
}

/**
 * RIS, for EndNote, Mendeley and Zotero: `ELEC` (web page); an author without a comma is a single-field,
 * corporate name; `T2` is the website; `DA` the date, `Y2` the access date. Lines end with CR LF.
 */
export function ris(c: CiteInput, withAccessed = true): string {
	const date = (value: Date) => `${iso(value).replaceAll('-', '/')}/`;
	const note = sectionNote(c);
	const lines = [
		['TY', 'ELEC'],
		['AU', c.author.replace(/,/g, '')],
		['TI', recordTitle(c)],
		['T2', c.site],
		['DA', date(c.updated)],
		['PY', String(parts(c.updated).y)],
		...(withAccessed ? [['Y2', date(c.accessed)]] : []),
		['UR', addressOf(c)],
		['LA', c.tag],
		...(note ? [['N1', note]] : []),
		['ER', ''],
	];
	return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n');
}

/** Every citation of a page, in the order the cite box shows them. */
export function citations(c: CiteInput): Citation[] {
	const text = (style: StyleId, runs: Run[] | undefined): Citation[] => (runs ? [{ style, kind: 'text', runs }] : []);
	const code = (style: StyleId, value: string): Citation => ({ style, kind: 'code', runs: [value] });
	return [
		...text('gbt7714', c.lang === 'zh' ? gbt7714(c) : undefined),
		...text('apa', apa(c)),
		...text('apa-in-text', apaInText(c)),
		...text('mla', mla(c)),
		...text('mla-in-text', mlaInText(c)),
		...text('chicago-note', chicagoNote(c)),
		...text('chicago-bibliography', chicagoBibliography(c)),
		code('biblatex', plainText(biblatex(c))),
		code('bibtex', plainText(bibtex(c))),
		code('csl-json', cslJson(c)),
		code('ris', ris(c)),
	];
}

/** A citation as plain text (the clipboard's fallback, and what a reader selects without JavaScript). */
export function plainText(runs: readonly Run[]): string {
	return runs.map((run) => (typeof run === 'string' ? run : run.italic)).join('');
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A citation as HTML with its italics, escaped: what the box shows and the clipboard's rich text. */
export function htmlText(runs: readonly Run[]): string {
	return runs.map((run) => (typeof run === 'string' ? escapeHtml(run) : `<i>${escapeHtml(run.italic)}</i>`)).join('');
}
