import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SearchVocabulary } from './search-index.ts';
import { loadTerms, termsFile } from './terms.ts';

/**
 * The search words of a language, from its terminology file (src/i18n/terms/<lang>.yaml), reviewed like
 * content: each concept's term, short form and readers' words (`search:`), and the file's `query:` block:
 *
 *   query:
 *     ignore: [吗, 呢, 怎么办]      # question words and particles a query can do without
 *     variants: { 愛: 爱, 檢: 检 }  # characters typed for the ones pages use (traditional → simplified)
 *
 * A language without a terminology file searches its pages' own words only.
 */
export function searchVocabulary(lang: string, root = '.'): SearchVocabulary {
	const terms = loadTerms(lang, root) ?? {};
	const file = `${root}/${termsFile(lang)}`;
	const query = existsSync(file)
		? parseQueryWords(readFileSync(file, 'utf8'), termsFile(lang))
		: { ignore: [], variants: {} };
	return {
		concepts: Object.entries(terms).map(([id, concept]) => ({
			id,
			term: concept.short ?? concept.term,
			words: [concept.term, ...(concept.short ? [concept.short] : []), ...concept.search],
		})),
		...query,
	};
}

/** Reads the `query:` block of a terminology file; a mistake names the file and the field, and the fix. */
export function parseQueryWords(text: string, file: string): Pick<SearchVocabulary, 'ignore' | 'variants'> {
	const data = parse(text) as { query?: unknown } | null;
	const query = data?.query;
	if (query === undefined) return { ignore: [], variants: {} };
	const fail = (message: string): never => {
		throw new Error(`${file}: query: ${message}`);
	};
	if (typeof query !== 'object' || query === null || Array.isArray(query)) {
		return fail('write "ignore:" and "variants:" under it.');
	}
	const { ignore = [], variants = {}, ...rest } = query as Record<string, unknown>;
	if (Object.keys(rest).length > 0) fail(`unknown field "${Object.keys(rest)[0]}". The fields are: ignore, variants.`);
	if (!Array.isArray(ignore) || !ignore.every((w) => typeof w === 'string' && w.trim())) {
		fail('ignore must be a list of words: ignore: [吗, 呢].');
	}
	if (typeof variants !== 'object' || variants === null || Array.isArray(variants)) {
		fail('variants must map a character to the one pages use: variants: { 愛: 爱 }.');
	}
	for (const [from, to] of Object.entries(variants as Record<string, unknown>)) {
		if (Array.from(from).length !== 1 || typeof to !== 'string' || Array.from(to).length !== 1) {
			fail(`variants: "${from}: ${String(to)}" must map one character to one character, e.g. 愛: 爱.`);
		}
	}
	return { ignore: ignore as string[], variants: variants as Record<string, string> };
}
