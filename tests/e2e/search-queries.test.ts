import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultLang } from '../../src/i18n/languages.ts';
import { launch } from '../setup/chromium.ts';
import { builtPages, readBuilt } from '../setup/dist.ts';
import { langsOf } from '../setup/model.ts';
import { loadQuerySet, minTop3, missList, querySetFile, runQuerySet } from '../../scripts/lib/query-set.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The languages of the real site whose search index has pages: each must have the readers' query set. */
const searched = langsOf('root').filter(
	(lang) => (JSON.parse(readBuilt('root', `search/${lang}/index.json`)) as { pages: number }).pages > 0,
);
/** At least this many queries per language, and more for the first language, the readers' own. */
const minQueries = (lang: string) => (lang === defaultLang ? 80 : 25);

describe.each(searched)('the readers’ own queries in %s', (lang) => {
	it('exist, enough of them, and name pages that exist', () => {
		const queries = loadQuerySet(lang);
		expect(
			queries,
			`write ${querySetFile(lang)}: queries as readers type them (see tests/search/README.md)`,
		).toBeDefined();
		expect(queries!.length, `${querySetFile(lang)}: write at least ${minQueries(lang)} queries`).toBeGreaterThanOrEqual(
			minQueries(lang),
		);
		const slugs = new Set(
			builtPages('root')
				.map((p) => new RegExp(`^/${lang}/([a-z0-9-]+)/$`).exec(p.path)?.[1])
				.filter((slug) => slug !== undefined),
		);
		for (const { query, pages } of queries!) {
			for (const slug of pages)
				expect(slugs.has(slug), `${querySetFile(lang)}: "${query}" names no page "${slug}"`).toBe(true);
		}
	});

	it(`find a right page in the top 3 for at least ${minTop3 * 100}% of them, on the search page`, async () => {
		const queries = loadQuerySet(lang) ?? [];
		const url = inject('urls').root;
		const score = await runQuerySet(browser, url, lang, queries);
		console.log(
			`${lang}: ${score.top3}/${score.queries} right in the top 3, ${score.top1} first` +
				(score.misses.length ? `; misses:\n${missList(score)}` : ''),
		);
		expect(score.empty, 'queries that found nothing').toBe(0);
		expect(score.top3 / score.queries, `misses:\n${missList(score)}`).toBeGreaterThanOrEqual(minTop3);
	}, 300_000); // one tab runs every query of the language, one after another
});
