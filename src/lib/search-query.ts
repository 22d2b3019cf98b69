import type { IndexVocabulary } from './search-index.ts';
import {
	conceptTerm,
	findPhrases,
	folded,
	isHan,
	pairs,
	phraseDictionary,
	pieces,
	stem,
	type PhraseDictionary,
} from './search-text.ts';

/**
 * A query as the reader types it, turned into what to look up, and the pages ranked (pure; the browser
 * runs it in src/scripts/search.ts, the tests in Node):
 *
 * 1. Folded like the pages (src/lib/search-text.ts): 愛滋 finds 艾滋's pages when zh.yaml lists 愛 → 爱.
 * 2. Cut into parts: words of the vocabulary (the readers' words of each concept in src/i18n/terms/),
 *    words a query can do without (吗, 咋办, est-ce que, how do I: dropped), and the rest.
 * 3. A word of the vocabulary looks up its concepts, which every page using any of their words carries:
 *    套套 finds the pages that say 避孕套 or 套子, and the page shows "also searched: 避孕套".
 *    The rest: CJK as character pairs, other words by their first letters.
 * 4. Pages are ranked by how much of the query they contain (each part weighed by how rare it is), then
 *    by the weight of the words they contain (titles and summaries first): a query that partly matches
 *    still finds the pages that share its words.
 */

/** One part of a query: what she typed, and the index terms that find it. */
export interface QueryPart {
	/** As typed (folded). */
	text: string;
	/** `concept`: any of its concepts; `run`: CJK, as many of its pairs as a page has; `word`: a word and the longer words it begins. */
	kind: 'concept' | 'run' | 'word';
	terms: string[];
	/** The concepts it stands for (ids). */
	concepts: string[];
}

export interface QueryPlan {
	parts: QueryPart[];
	/** Words of the query left out (particles, question words). */
	ignored: string[];
}

const dictionaries = new WeakMap<
	IndexVocabulary,
	{ words: PhraseDictionary; ignore: PhraseDictionary; concepts: Map<string, number[]> }
>();

function dictionariesOf(vocabulary: IndexVocabulary) {
	let entry = dictionaries.get(vocabulary);
	if (!entry) {
		entry = {
			words: phraseDictionary(vocabulary.words.map(([word]) => word)),
			ignore: phraseDictionary(vocabulary.ignore),
			concepts: new Map(vocabulary.words),
		};
		dictionaries.set(vocabulary, entry);
	}
	return entry;
}

/**
 * The query as one phrase: folded pieces, CJK runs typed with spaces between them joined (套子 破了 is
 * 套子破了), other words stemmed, one space between pieces.
 */
export function queryPhrase(query: string, variants: Readonly<Record<string, string>>): string {
	let text = '';
	for (const piece of pieces(folded(query, variants))) {
		const han = isHan(piece);
		text += (text && !(han && isHan(text.at(-1)!)) ? ' ' : '') + (han ? piece : stem(piece));
	}
	return text;
}

/** The parts of a query, in order; words it can do without are dropped unless nothing else is left. */
export function planQuery(query: string, vocabulary: IndexVocabulary): QueryPlan {
	const text = queryPhrase(query, vocabulary.variants);
	const { words, ignore, concepts } = dictionariesOf(vocabulary);
	// At each place, the longest word of the vocabulary or of the ignored words; a concept's word wins a tie.
	const known = [
		...findPhrases(text, words).map((m) => ({ ...m, ignored: false })),
		...findPhrases(text, ignore).map((m) => ({ ...m, ignored: true })),
	];
	const parts: QueryPart[] = [];
	const ignored: string[] = [];
	const literal = (rest: string) => {
		for (const piece of pieces(rest)) {
			if (isHan(piece)) parts.push({ text: piece, kind: 'run', terms: pairs(piece), concepts: [] });
			else parts.push({ text: piece, kind: 'word', terms: [piece], concepts: [] });
		}
	};
	let rest = '';
	for (let i = 0; i < text.length;) {
		const here = known
			.filter((m) => m.start === i)
			.sort((a, b) => b.word.length - a.word.length || Number(a.ignored) - Number(b.ignored))[0];
		if (!here) {
			rest += text.charAt(i);
			i++;
			continue;
		}
		literal(rest);
		rest = '';
		if (here.ignored) ignored.push(here.word);
		else {
			const ids = concepts.get(here.word)!.map((n) => vocabulary.concepts[n]![0]);
			parts.push({ text: here.word, kind: 'concept', terms: ids.map(conceptTerm), concepts: ids });
		}
		i += here.word.length;
	}
	literal(rest);
	if (parts.length === 0 && ignored.length > 0) {
		literal(ignored.join(' '));
		ignored.length = 0;
	}
	return { parts, ignored };
}

/** The index terms a plan looks up (a word's term also finds the longer words it begins). */
export function termsOf(plan: QueryPlan): string[] {
	return [...new Set(plan.parts.flatMap((part) => part.terms))];
}

/** Postings of a term: [page, weight ×10, section] triples, pages as differences (src/lib/search-index.ts). */
export type Postings = readonly number[];

/** What the ranking needs from the loaded index files: the postings of a term, and the terms a word begins. */
export interface LoadedTerms {
	get(term: string): Postings | undefined;
	/** Index terms that begin with `word`, or that `word` begins (at least 4 letters): arrest ↔ arrested. */
	wordsFor(word: string): string[];
}

/** The loaded term files as `rankPages` reads them: a query word also finds the longer words it begins, and a word of 4 letters or more the shorter stems that begin it. */
export function loadedTerms(terms: Readonly<Record<string, Postings>>): LoadedTerms {
	return {
		get: (term) => (Object.hasOwn(terms, term) ? terms[term] : undefined),
		wordsFor: (word) =>
			Object.keys(terms).filter(
				(key) =>
					!key.startsWith('#') &&
					(key.startsWith(word) || (word.length >= 4 && key.length >= 4 && word.startsWith(key))),
			),
	};
}

export interface RankedPage {
	page: number;
	/** Share of the query (weighed by rarity) the page contains, 0–1. */
	coverage: number;
	score: number;
	/** The section (0: top of the page, else 1 + its index) where the query weighs most. */
	section: number;
}

/**
 * How much more a word of the vocabulary counts than another word of the query: it names what the site is
 * about (警察, capote), where the other words may be incidental (took, friend, vers).
 */
const conceptWeight = 2;

/** How rare a term is among `pages` pages: rare terms tell more (BM25's idf). */
function rarity(found: number, pages: number): number {
	return Math.log(1 + (pages - found + 0.5) / (found + 0.5));
}

function decode(postings: Postings): { page: number; weight: number; section: number }[] {
	const list = [];
	let page = 0;
	for (let i = 0; i + 2 < postings.length; i += 3) {
		page += postings[i]!;
		list.push({ page, weight: postings[i + 1]! / 10, section: postings[i + 2]! });
	}
	return list;
}

/**
 * Ranks the pages for a plan: first by how much of the query each contains, each part counting as much
 * as it is rare; then by the weight of what it contains. Parts no page has (a typo) do not count.
 */
export function rankPages(plan: QueryPlan, loaded: LoadedTerms, pages: number): RankedPage[] {
	const byPage = new Map<number, { covered: number; score: number; best: number; section: number }>();
	let total = 0;
	for (const part of plan.parts) {
		const terms = part.kind === 'word' ? part.terms.flatMap((t) => loaded.wordsFor(t)) : part.terms;
		const found = terms
			.map((term) => ({ term, list: decode(loaded.get(term) ?? []) }))
			.filter(({ list }) => list.length > 0);
		if (found.length === 0) continue;
		// A CJK run weighs as its pairs do on average, and counts by the share of its pairs a page has. A word
		// or a concept weighs as rare as the pages that have any of its terms; a page counts by its best term,
		// a longer word that the query word only begins counting half (help → helpline).
		const rarities = found.map(({ list }) => rarity(list.length, pages));
		const importance =
			part.kind === 'run'
				? rarities.reduce((a, b) => a + b, 0) / rarities.length
				: rarity(new Set(found.flatMap(({ list }) => list.map(({ page }) => page))).size, pages) *
					(part.kind === 'concept' ? conceptWeight : 1);
		total += importance;
		const share = part.kind === 'run' ? 1 / found.length : 1;
		const perPage = new Map<number, { covered: number; score: number; best: number; section: number }>();
		found.forEach(({ term, list }, n) => {
			const factor =
				part.kind === 'run'
					? rarities[n]!
					: part.kind === 'word' && !part.terms.includes(term)
						? importance / 2
						: importance;
			for (const { page, weight, section } of list) {
				const value = factor * weight;
				const entry = perPage.get(page) ?? { covered: 0, score: 0, best: 0, section: 0 };
				// A concept or a word: its best term; a run: the sum over its pairs.
				entry.covered = part.kind === 'run' ? entry.covered + share : 1;
				entry.score = part.kind === 'run' ? entry.score + value * share : Math.max(entry.score, value);
				if (value > entry.best) Object.assign(entry, { best: value, section });
				perPage.set(page, entry);
			}
		});
		for (const [page, entry] of perPage) {
			const sum = byPage.get(page) ?? { covered: 0, score: 0, best: 0, section: 0 };
			sum.covered += importance * Math.min(1, entry.covered);
			sum.score += entry.score;
			if (entry.best > sum.best && entry.section > 0) Object.assign(sum, { best: entry.best, section: entry.section });
			byPage.set(page, sum);
		}
	}
	return [...byPage]
		.map(([page, { covered, score, section }]) => ({ page, coverage: total ? covered / total : 0, score, section }))
		.sort((a, b) => Math.round(b.coverage * 10) - Math.round(a.coverage * 10) || b.score - a.score || a.page - b.page);
}

/** The concepts a plan also searched, by their term, when she typed another word for them. */
export function alsoSearched(plan: QueryPlan, vocabulary: IndexVocabulary): string[] {
	const terms = new Map(vocabulary.concepts);
	const shown = new Set<string>();
	for (const part of plan.parts.filter((p) => p.kind === 'concept')) {
		for (const id of part.concepts) {
			const term = terms.get(id)!;
			if (folded(term, vocabulary.variants) !== part.text) shown.add(term);
		}
	}
	return [...shown];
}

/**
 * Where to mark the query in a result's title or summary line: [start, end) ranges of `text`, in order,
 * not overlapping. A CJK part is marked where it occurs whole (else its pairs), a concept by any of its
 * words, a word where a word of the text begins with it.
 */
export function marks(text: string, plan: QueryPlan, vocabulary: IndexVocabulary): [number, number][] {
	// The text folded one character at a time, with where each folded character comes from.
	let flat = '';
	const from: number[] = [];
	let offset = 0;
	for (const char of text) {
		const f = folded(char, vocabulary.variants);
		for (let i = 0; i < f.length; i++) from.push(offset);
		flat += f;
		offset += char.length;
	}
	from.push(text.length);
	const ranges: [number, number][] = [];
	const mark = (start: number, end: number) => ranges.push([from[start]!, from[end] ?? text.length]);
	const find = (needle: string) => {
		let found = false;
		for (let at = flat.indexOf(needle); needle && at >= 0; at = flat.indexOf(needle, at + needle.length)) {
			mark(at, at + needle.length);
			found = true;
		}
		return found;
	};
	const conceptIndex = new Map(vocabulary.concepts.map(([id], n) => [id, n]));
	for (const part of plan.parts) {
		if (part.kind === 'run') {
			if (!find(part.text)) part.terms.filter((t) => Array.from(t).length > 1).forEach(find);
		} else if (part.kind === 'concept') {
			const ids = new Set(part.concepts.map((id) => conceptIndex.get(id)));
			for (const [word, concepts] of vocabulary.words) {
				if (isHan(word) && !word.includes(' ') && Array.from(word).length > 1 && concepts.some((c) => ids.has(c)))
					find(word);
			}
			if (isHan(part.text)) find(part.text.replace(/ /g, ''));
		}
		const stems =
			part.kind === 'word' ? part.terms : part.kind === 'concept' && !isHan(part.text) ? part.text.split(' ') : [];
		if (stems.length) {
			for (const match of flat.matchAll(/[\p{L}\p{N}]+/gu)) {
				if (
					!isHan(match[0]) &&
					stems.some((s) => (s.length >= 3 ? stem(match[0]).startsWith(s) : stem(match[0]) === s))
				)
					mark(match.index, match.index + match[0].length);
			}
		}
	}
	// In order; of two overlapping ranges, their union.
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const [start, end] of ranges) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}
