/**
 * How well the site's search answers the readers' own queries (tests/search/queries.<lang>.yaml), on
 * the built site, in Chromium, with the site's own search page: per language, the share of queries whose
 * right page comes first and in the top 3, the misses, and the bytes and time of the first (cold) query
 * and of the mean query. Fails below 90% in the top 3 for any language, as the browser test does.
 *
 *   npm run build && npm run search-eval [-- --dist dist] [-- --lang zh]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { langs } from '../src/i18n/languages.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import {
	loadQuerySet,
	minTop3,
	missList,
	querySetFile,
	runQuerySet,
	scoreTable,
	type LanguageScore,
} from './lib/query-set.ts';
import { serve } from './serve.ts';

const { values } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, lang: { type: 'string' } },
});
if (!existsSync(join(values.dist, 'index.html'))) {
	console.error(`No built site in ${values.dist}/: run \`npm run build\` first.`);
	process.exit(1);
}
const base = process.env['BASE_PATH'] || '/';
const { server, url } = await serve({ dir: values.dist, base });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const scores: LanguageScore[] = [];
try {
	for (const lang of langs.filter((l) => !values.lang || l === values.lang)) {
		const queries = loadQuerySet(lang);
		if (!queries) {
			console.log(`${lang}: no query set yet (${querySetFile(lang)}); skipped.`);
			continue;
		}
		const score = await runQuerySet(browser, url, lang, queries);
		scores.push(score);
		if (score.misses.length) console.log(`${lang} misses:\n${missList(score)}\n`);
	}
} finally {
	await browser.close();
	server.close();
}
console.log(scoreTable(scores));
console.log('(KB: bytes of the search files on the wire; cold: the first query, nothing loaded yet)');
const failing = scores.filter((s) => s.top3 < minTop3 * s.queries);
if (failing.length) {
	console.error(`\nUnder ${minTop3 * 100}% in the top 3: ${failing.map((s) => s.lang).join(', ')}.`);
	process.exitCode = 1;
}
