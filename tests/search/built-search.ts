import type { IndexMeta } from '../../src/lib/search-index.ts';
import { loadedTerms, planQuery, rankPages, termsOf, type Postings } from '../../src/lib/search-query.ts';
import { fileOfTerm } from '../../src/lib/search-text.ts';
import { readBuilt } from '../setup/dist.ts';
import type { SiteName } from '../setup/sites.ts';

/**
 * A search in the built index of a test site, in Node, as the search page runs it (src/scripts/search.ts):
 * the query's plan, the term files it needs, the ranking. Returns the addresses of every result, in order.
 */
export function builtSearch(site: SiteName, lang: string): (query: string) => string[] {
	const meta = JSON.parse(readBuilt(site, `search/${lang}/index.json`)) as IndexMeta;
	const read = (name: string): unknown => JSON.parse(readBuilt(site, `search/${lang}/${meta.version}/${name}`));
	const urls: string[] = [];
	for (let n = 0; n * meta.group < meta.pages; n++)
		urls.push(...(read(`p${n}.json`) as [string][]).map(([url]) => url));
	return (query) => {
		const plan = planQuery(query, meta.vocabulary);
		const terms: Record<string, Postings> = {};
		for (const n of new Set(termsOf(plan).map((term) => fileOfTerm(term, meta.files)))) {
			Object.assign(terms, read(`t${n}.json`) as Record<string, Postings>);
		}
		return rankPages(plan, loadedTerms(terms), meta.pages).map(({ page }) => urls[page]!);
	};
}
