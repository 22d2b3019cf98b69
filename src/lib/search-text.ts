/**
 * The words of the site search, the same at index time (src/lib/search-index.ts, in the build) and at
 * query time (src/lib/search-query.ts, in the browser), so that a page and a query always meet.
 *
 * - Text is folded first: full-width to half-width and compatibility forms (NFKC), lower case, accents
 *   off, and the traditional characters a language lists to simplified (`folded`).
 * - Chinese (any run of Han or kana) is indexed as overlapping character pairs, as CJK search engines
 *   do: 免费检测 → 免费 费检 检测, plus each character alone for one-character queries. No word
 *   segmenter is needed, in the build or in the browser, so the two can never disagree.
 * - Other words are cut to their first 6 letters (`stem`): dépistage and dépister meet at "depist",
 *   arrested and arrest at "arrest"; a query word also finds the longer words it begins.
 */

const han = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
const hanChar = new RegExp(`[${han}]`, 'u');
/** A run of CJK characters, or a word of letters and digits. */
const piece = new RegExp(`[${han}]+|[\\p{L}\\p{N}]+`, 'gu');

/** How many letters of a word the index keeps. */
export const stemLength = 6;

/**
 * One way of writing each thing: NFKC (full-width Ａ１ and ｱ become A1 and ア), lower case, accents off
 * (é → e, but not the Han characters' own marks), and `variants` (a traditional character → its
 * simplified one, per language).
 */
export function folded(text: string, variants: Readonly<Record<string, string>> = {}): string {
	const plain = text
		.normalize('NFKC')
		.toLowerCase()
		.normalize('NFD')
		.replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
		.normalize('NFC');
	return Object.keys(variants).length ? Array.from(plain, (c) => variants[c] ?? c).join('') : plain;
}

/** Whether a folded piece is CJK (indexed by character pairs) rather than a word. */
export function isHan(piece: string): boolean {
	return hanChar.test(piece);
}

/** A word's index form: its first letters. Numbers stay whole (17, 3919, 2016). */
export function stem(word: string): string {
	return /^\p{N}+$/u.test(word) ? word : Array.from(word).slice(0, stemLength).join('');
}

/** Overlapping pairs of a CJK run: 免费检测 → 免费, 费检, 检测; a single character stays alone. */
export function pairs(run: string): string[] {
	const chars = Array.from(run);
	if (chars.length < 2) return chars;
	return chars.slice(1).map((c, i) => chars[i]! + c);
}

/** The pieces of a folded text, in order: CJK runs and words (punctuation and spaces drop out). */
export function pieces(text: string): string[] {
	return text.match(piece) ?? [];
}

/**
 * The index terms of a folded text, with repeats: every character pair and every character of its CJK
 * runs, and the stem of every other word.
 */
export function indexTerms(text: string): string[] {
	const terms: string[] = [];
	for (const p of pieces(text)) {
		if (isHan(p)) {
			const chars = Array.from(p);
			terms.push(...chars);
			if (chars.length > 1) terms.push(...pairs(p));
		} else {
			terms.push(stem(p));
		}
	}
	return terms;
}

/**
 * A text as the vocabulary matches it: folded pieces, words cut to their stem, one space between
 * pieces. `Sans-Papiers` → `sans papier`; `套子破了吗？` → `套子破了吗`.
 */
export function phrase(text: string, variants: Readonly<Record<string, string>> = {}): string {
	return pieces(folded(text, variants))
		.map((p) => (isHan(p) ? p : stem(p)))
		.join(' ');
}

/** Phrases by their first letter, longest first: what `findPhrases` looks up at each place. */
export type PhraseDictionary = Map<string, string[]>;

export function phraseDictionary(words: Iterable<string>): PhraseDictionary {
	const dictionary: PhraseDictionary = new Map();
	for (const word of new Set(words)) {
		if (!word) continue;
		const list = dictionary.get(word[0]!) ?? [];
		list.push(word);
		dictionary.set(word[0]!, list);
	}
	for (const list of dictionary.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
	return dictionary;
}

/** A letter or digit of a word (not CJK): a phrase that begins or ends with one must not cut a word. */
const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c) && !isHan(c);

/**
 * Every place where a phrase of the dictionary occurs in a phrase, in order, longest first at each
 * place: CJK anywhere in a run, a word only whole (`sans papier` is not found in `sans papierx`).
 */
export function findPhrases(text: string, dictionary: PhraseDictionary): { start: number; word: string }[] {
	const found: { start: number; word: string }[] = [];
	for (let i = 0; i < text.length; i++) {
		const candidates = dictionary.get(text[i]!);
		if (!candidates || (wordChar(text[i]) && wordChar(text[i - 1]))) continue;
		for (const word of candidates) {
			const end = i + word.length;
			if (text.startsWith(word, i) && !(wordChar(word.at(-1)) && wordChar(text[end]))) found.push({ start: i, word });
		}
	}
	return found;
}

/** The index term of a concept: pages that use any word of the concept carry it (src/i18n/terms/). */
export function conceptTerm(id: string): string {
	return `#${id}`;
}

/**
 * The key that decides which index file holds a term: the first character of a CJK term, the first 3
 * letters of a word, a concept's whole term. A term and every longer term it begins share a key, so a
 * query word finds the words it begins in one file, and a character finds the pairs it starts.
 */
export function termKey(term: string): string {
	if (term.startsWith('#')) return term;
	const chars = Array.from(term);
	return isHan(chars[0] ?? '') ? chars[0]! : chars.slice(0, 3).join('');
}

/** A small, stable hash (FNV-1a, 32 bits, over UTF-16 code units) of a key, to spread keys over the index files. */
export function hashKey(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}

/** The index file (0 … files−1) that holds a term. */
export function fileOfTerm(term: string, files: number): number {
	return hashKey(termKey(term)) % files;
}
