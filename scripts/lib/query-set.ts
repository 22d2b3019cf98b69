/**
 * The readers' query set: per language, queries as readers type them and the pages that should answer
 * each (`tests/search/queries.<lang>.yaml`). Read by the browser test (tests/e2e/search-queries.test.ts)
 * and by `npm run search-eval`, which score the site's own search page on it. The code is here, so that
 * the script imports nothing from tests/; the queries are data and stay beside the browser test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { searchCosts, type QueryCost } from './search-cost.ts';

export interface ReaderQuery {
	query: string;
	/** Slugs of the pages that answer it; any of them in the top 3 counts as right. */
	pages: string[];
	who: string;
}

/** The right-page-in-top-3 share below which a language fails. */
export const minTop3 = 0.9;

export function querySetFile(lang: string): string {
	return `tests/search/queries.${lang}.yaml`;
}

/** The query set of a language, or undefined when it has none; a malformed entry is an error naming it. */
export function loadQuerySet(lang: string): ReaderQuery[] | undefined {
	const file = querySetFile(lang);
	if (!existsSync(file)) return undefined;
	const data = parse(readFileSync(file, 'utf8')) as { queries?: unknown } | null;
	if (!Array.isArray(data?.queries)) throw new Error(`${file}: no "queries:" list. Start the file with "queries:".`);
	return data.queries.map((entry: Partial<ReaderQuery> | null, i: number) => {
		const where = `${file}, query ${i + 1}${entry?.query ? ` ("${entry.query}")` : ''}`;
		if (typeof entry?.query === 'number')
			throw new Error(
				`${where}: put a query of digits in quotes, as YAML reads it as a number: - query: '${String(entry.query)}'.`,
			);
		if (typeof entry?.query !== 'string' || !entry.query.trim())
			throw new Error(`${where}: "query" is missing. Write what the reader types: - query: …`);
		if (!Array.isArray(entry.pages) || entry.pages.length === 0 || !entry.pages.every((p) => typeof p === 'string'))
			throw new Error(`${where}: "pages" is missing. List the slugs of the pages that answer it: pages: [pep, prep].`);
		if (typeof entry.who !== 'string' || !entry.who.trim())
			throw new Error(`${where}: "who" is missing. Say in a few words when a reader would type it.`);
		return { query: entry.query, pages: entry.pages, who: entry.who };
	});
}

export interface ScoredQuery extends ReaderQuery {
	/** The rank (1 = first) of the first right page among the results; 0 when none is there. */
	rank: number;
	results: string[];
	cost: QueryCost;
}

/** Scores each query's results: where the first page that answers it comes. `pathOf` maps a slug to its address. */
export function scoreQueries(
	queries: readonly ReaderQuery[],
	costs: readonly QueryCost[],
	pathOf: (slug: string) => string,
): ScoredQuery[] {
	return queries.map((query, i) => {
		const cost = costs[i]!;
		const right = new Set(query.pages.map(pathOf));
		const rank = cost.hrefs.findIndex((href) => right.has(href.replace(/[?#].*$/, ''))) + 1;
		return { ...query, rank, results: cost.hrefs, cost };
	});
}

export interface LanguageScore {
	lang: string;
	queries: number;
	top1: number;
	top3: number;
	/** Queries with no result at all. */
	empty: number;
	misses: ScoredQuery[];
	meanKb: number;
	meanMs: number;
	/** The first query of the run: nothing of the index loaded yet. */
	coldKb: number;
	coldMs: number;
}

export function summarise(lang: string, scored: readonly ScoredQuery[]): LanguageScore {
	const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
	return {
		lang,
		queries: scored.length,
		top1: scored.filter((q) => q.rank === 1).length,
		top3: scored.filter((q) => q.rank >= 1 && q.rank <= 3).length,
		empty: scored.filter((q) => q.results.length === 0).length,
		misses: scored.filter((q) => q.rank === 0 || q.rank > 3),
		meanKb: mean(scored.map((q) => q.cost.transferred / 1024)),
		meanMs: mean(scored.map((q) => q.cost.ms)),
		coldKb: (scored[0]?.cost.transferred ?? 0) / 1024,
		coldMs: scored[0]?.cost.ms ?? 0,
	};
}

/** Runs a language's query set on the search page of the site at `siteUrl` and scores it. */
export async function runQuerySet(
	browser: Browser,
	siteUrl: string,
	lang: string,
	queries: readonly ReaderQuery[],
): Promise<LanguageScore> {
	const costs = await searchCosts(
		browser,
		`${siteUrl}${lang}/search/`,
		queries.map((q) => q.query),
	);
	return summarise(
		lang,
		scoreQueries(queries, costs, (slug) => `${new URL(siteUrl).pathname}${lang}/${slug}/`),
	);
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(0)}%`;

/** The table `npm run search-eval` prints, one line per language. */
export function scoreTable(scores: readonly LanguageScore[]): string {
	const head = 'lang  queries  top-1        top-3        misses  empty  cold KB  cold ms  mean KB  mean ms';
	const rows = scores.map(
		(s) =>
			`${s.lang.padEnd(6)}${String(s.queries).padStart(7)}  ${`${s.top1} ${percent(s.top1, s.queries)}`.padEnd(11)}  ` +
			`${`${s.top3} ${percent(s.top3, s.queries)}`.padEnd(11)}  ${String(s.misses.length).padStart(6)}  ` +
			`${String(s.empty).padStart(5)}  ${s.coldKb.toFixed(1).padStart(7)}  ${s.coldMs.toFixed(0).padStart(7)}  ` +
			`${s.meanKb.toFixed(1).padStart(7)}  ${s.meanMs.toFixed(0).padStart(7)}`,
	);
	return [head, ...rows].join('\n');
}

/** The misses of a language, one per line: the query, what it should find, and what came first. */
export function missList(score: LanguageScore): string {
	return score.misses
		.map(
			(q) =>
				`  ${q.query}  → want ${q.pages.join(' or ')}; got ${
					q.results
						.slice(0, 3)
						.map((href) => href.replace(/^.*\/([^/]+)\/$/, '$1'))
						.join(', ') || 'nothing'
				}${q.rank ? ` (first right one at ${q.rank})` : ''}`,
		)
		.join('\n');
}
