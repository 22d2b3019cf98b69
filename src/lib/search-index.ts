import { conceptTerm, fileOfTerm, findPhrases, folded, indexTerms, phrase, phraseDictionary } from './search-text.ts';

/**
 * The site search's index of one language, built from its pages' text (src/integrations/site-files.ts
 * reads the built pages): small JSON files that a query fetches a few of. Nothing is loaded before the
 * reader searches; a query fetches the language's `index.json` (sizes and the vocabulary), the term
 * files that hold its terms, and the page files of the results it shows.
 *
 * - `index.json`: how many pages and files there are, the version (the folder of the other files, so
 *   that a new build never mixes with an old one), and the vocabulary: the words of each concept of
 *   src/i18n/terms/<lang>.yaml, the words a query can do without, the character variants.
 * - `<version>/t<n>.json`: terms → their pages, as [page, weight, section] triples (pages as the
 *   difference from the previous one). A term's file is `fileOfTerm` (src/lib/search-text.ts).
 * - `<version>/p<n>.json`: the pages' address, title, summary line and sections, `group` pages a file.
 *
 * Weights: a term in the title counts 10 times, in the summary line, the "in short" points or the page's
 * keywords 5 times, in a heading 3 times, in the text once; then saturated and scaled by the page's length
 * (BM25), so that a long page does not win by length alone. A concept counts on every page that uses one
 * of its words, as much as those words do.
 */

/** What the index needs of a page. */
export interface SearchPage {
	/** Its address, with the base path. */
	url: string;
	title: string;
	/** The summary line shown under the title in results. */
	description: string;
	/** Its sections: the heading's id and text; a result links to the section where the query is. */
	sections: { id: string; title: string }[];
	/** Its text in blocks, each with its weight and section (0: the top of the page, else 1 + index in `sections`). */
	blocks: { text: string; weight: number; section: number }[];
}

/** The search words of a language (src/lib/search-words.ts). */
export interface SearchVocabulary {
	/** Each concept: its id, the term pages use (shown in "also searched"), and the words that stand for it. */
	concepts: { id: string; term: string; words: string[] }[];
	/** Words a query can do without: particles, question words. */
	ignore: string[];
	/** Character variants, folded to the form pages use: traditional → simplified. */
	variants: Record<string, string>;
}

/** The vocabulary as `index.json` carries it: phrases ready to match (src/lib/search-text.ts `phrase`). */
export interface IndexVocabulary {
	/** Concept ids and the term shown for each. */
	concepts: [id: string, term: string][];
	/** A phrase → the concepts it stands for (indexes into `concepts`). */
	words: [phrase: string, concepts: number[]][];
	ignore: string[];
	variants: Record<string, string>;
}

export interface IndexMeta {
	version: string;
	pages: number;
	/** Number of term files. */
	files: number;
	/** Pages per page file. */
	group: number;
	vocabulary: IndexVocabulary;
}

/** One entry of a page file: address, title, summary line, sections as [id, heading]. */
export type PageEntry = [url: string, title: string, description: string, sections: [string, string][]];

/** Weights of the parts of a page. */
export const weights = { title: 10, summary: 5, heading: 3, text: 1 } as const;

/** What a term adds when it is in the title, or in the summary line, "in short" or keywords. */
const titleBonus = 2;
const summaryBonus = 1;

/** BM25's two constants: how fast repeats stop counting, how much a page's length counts. */
const k1 = 1.2;
const b = 0.75;

/** About this many bytes per term file and page file: a query fetches a handful of each. */
const fileBytes = 6000;

/** A concept's words shorter than this (one CJK character: 卡, 纸) are too ambiguous to tag pages by. */
const minTagLength = 2;

/**
 * The vocabulary ready for the index and the browser: every word as a phrase, the concepts each phrase
 * stands for (a word may stand for two: 中间人), the ignored words that are no concept's word.
 */
export function indexVocabulary(vocabulary: SearchVocabulary): IndexVocabulary {
	const words = new Map<string, number[]>();
	vocabulary.concepts.forEach((concept, index) => {
		for (const word of concept.words) {
			const key = phrase(word, vocabulary.variants);
			if (!key) continue;
			const list = words.get(key) ?? [];
			if (!list.includes(index)) list.push(index);
			words.set(key, list);
		}
	});
	const ignore = [...new Set(vocabulary.ignore.map((word) => phrase(word, vocabulary.variants)))].filter(
		(word) => word && !words.has(word),
	);
	return {
		concepts: vocabulary.concepts.map((c) => [c.id, c.term]),
		words: [...words].sort(([a], [b]) => (a < b ? -1 : 1)),
		ignore: ignore.sort(),
		variants: vocabulary.variants,
	};
}

/** A short hash of a text, for the version folder. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	let second = 0;
	for (let i = 0; i < text.length; i++) {
		hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
		second = (Math.imul(second, 31) + text.charCodeAt(i)) >>> 0;
	}
	return hash.toString(36) + second.toString(36);
}

/**
 * Builds the index of one language: `index.json` and the files of its version folder, by name. Pages are
 * read one at a time and only their postings and their entry are kept, so that `pages` can be a generator
 * that reads each page when its turn comes: the text of a whole language is never held at once.
 */
export function buildSearchIndex(
	pages: Iterable<SearchPage>,
	vocabulary: SearchVocabulary,
): { meta: IndexMeta; files: Map<string, string> } {
	const vocab = indexVocabulary(vocabulary);
	// Concepts tag a page by their words of two characters or more, found in its text.
	const conceptsOf = new Map(vocab.words.filter(([word]) => Array.from(word.replace(/ /g, '')).length >= minTagLength));
	const taggers = phraseDictionary(conceptsOf.keys());

	// Per term, its pages as they are read: [page, weight in the text and headings, bonus, section].
	const postings = new Map<string, number[]>();
	const lengths: number[] = [];
	const entries: PageEntry[] = [];
	let id = 0;
	for (const page of pages) {
		const own = new Map<string, { text: number; bonus: number; sections: number[] }>();
		const add = (term: string, weight: number, section: number) => {
			let entry = own.get(term);
			if (!entry) own.set(term, (entry = { text: 0, bonus: 0, sections: [] }));
			if (weight >= weights.summary)
				entry.bonus = Math.max(entry.bonus, weight === weights.title ? titleBonus : summaryBonus);
			else entry.text += weight;
			entry.sections[section] = (entry.sections[section] ?? 0) + weight;
		};
		let length = 0;
		for (const block of page.blocks) {
			const terms = indexTerms(folded(block.text, vocabulary.variants));
			length += terms.length;
			for (const term of terms) add(term, block.weight, block.section);
			for (const { word } of findPhrases(phrase(block.text, vocabulary.variants), taggers)) {
				for (const concept of conceptsOf.get(word)!)
					add(conceptTerm(vocab.concepts[concept]![0]), block.weight, block.section);
			}
		}
		lengths.push(Math.max(length, 1));
		for (const [term, { text, bonus, sections }] of own) {
			let section = 0;
			sections.forEach((weight, n) => {
				if (weight > (sections[section] ?? 0)) section = n;
			});
			let list = postings.get(term);
			if (!list) postings.set(term, (list = []));
			list.push(id, text, bonus, section);
		}
		entries.push([page.url, page.title, page.description, page.sections.map((s) => [s.id, s.title])]);
		id++;
	}
	const average = lengths.reduce((sum, n) => sum + n, 0) / Math.max(lengths.length, 1);

	// Each posting: the page (as the difference from the previous one), its weight ×10 (the text's
	// weight saturated and scaled by the page's length, plus the title's or summary's bonus), and the
	// section where the term weighs most.
	const encoded = new Map<string, number[]>();
	let total = 0;
	for (const [term, list] of postings) {
		const out: number[] = [];
		for (let i = 0; i < list.length; i += 4) {
			const [page, text, bonus, section] = [list[i]!, list[i + 1]!, list[i + 2]!, list[i + 3]!];
			const saturated = text ? (text * (k1 + 1)) / (text + k1 * (1 - b + (b * lengths[page]!) / average)) : 0;
			out.push(page - (i ? list[i - 4]! : 0), Math.max(1, Math.round((saturated + bonus) * 10)), section);
		}
		encoded.set(term, out);
		total += term.length + 4 * out.length;
	}
	const termFiles = Math.max(1, Math.round(total / fileBytes));
	const shards: Record<string, number[]>[] = Array.from({ length: termFiles }, () => ({}));
	for (const term of [...encoded.keys()].sort()) shards[fileOfTerm(term, termFiles)]![term] = encoded.get(term)!;

	const entryBytes = JSON.stringify(entries).length / Math.max(entries.length, 1);
	const group = Math.max(1, Math.floor(fileBytes / 2 / entryBytes));

	const body = new Map<string, string>();
	shards.forEach((shard, n) => body.set(`t${n}.json`, JSON.stringify(shard)));
	for (let n = 0; n * group < entries.length; n++) {
		body.set(`p${n}.json`, JSON.stringify(entries.slice(n * group, (n + 1) * group)));
	}
	const version = shortHash([...body].map(([name, text]) => name + text).join('\n') + JSON.stringify(vocab));
	const meta: IndexMeta = { version, pages: entries.length, files: termFiles, group, vocabulary: vocab };
	const files = new Map<string, string>([['index.json', JSON.stringify(meta)]]);
	for (const [name, text] of body) files.set(`${version}/${name}`, text);
	return { meta, files };
}
