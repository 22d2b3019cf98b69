/**
 * Search in languages written without spaces (Chinese). Pagefind segments such text into words at
 * index time (charabia/jieba) and segments the query in the browser (Intl.Segmenter); the two can
 * disagree and lose results (Pagefind issue #1237), and browsers without Intl.Segmenter send the
 * whole query as one word. So for these languages every CJK character is indexed as a word of its
 * own, and a query is searched first as an exact phrase of characters, then as all its characters:
 * any run of characters of a page finds that page, whatever the browser.
 */

const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
const cjkChar = new RegExp(`[${cjk}]`, 'u');

/** Surrounds every CJK character with spaces: `免费检测 HIV` → `免 费 检 测 HIV`. */
export function spaceCjk(text: string): string {
	return text
		.replace(new RegExp(`([${cjk}])`, 'gu'), ' $1 ')
		.replace(/[ \t]{2,}/g, ' ')
		.replace(/^ | $/gm, '');
}

/** The same for the text between the tags of an HTML document; tags and attributes are left as they are. */
export function spaceCjkHtml(html: string): string {
	return html.replace(/>([^<]+)</g, (_, text: string) => `>${cjkChar.test(text) ? spaceCjk(text) : text}<`);
}

/**
 * Removes the spaces the index put around CJK characters, in an excerpt or title from Pagefind, also
 * across its `<mark>` tags: `免 费 <mark>检</mark> <mark>测</mark> 48 小 时` → `免费<mark>检测</mark>48小时`.
 * (A space the writer put between Chinese and a Latin word goes too, which Chinese text does not need.)
 */
export function unspaceCjk(html: string): string {
	const after = new RegExp(`([${cjk}])((?:</?mark>)*) +`, 'gu');
	const before = new RegExp(` +((?:</?mark>)*)(?=[${cjk}])`, 'gu');
	return html
		.replace(after, '$1$2')
		.replace(before, '$1')
		.replace(/<\/mark><mark>/g, '');
}

/**
 * The queries to run, best first. Word languages: the query as typed. Character languages: an exact
 * phrase of the characters (a query without spaces), then every character of every word.
 */
export function searchQueries(query: string, mode: 'words' | 'characters'): string[] {
	const trimmed = query.replace(/["“”«»]/g, '').trim();
	if (!trimmed) return [];
	if (mode === 'words' || !cjkChar.test(trimmed)) return [trimmed];
	const spaced = spaceCjk(trimmed);
	return /\s/.test(trimmed) ? [spaced] : [`"${spaced}"`, spaced];
}
