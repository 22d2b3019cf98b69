/**
 * Lighthouse (mobile, with its default throttling) on a sample of pages of every language, served
 * from the built site. Prints the four scores and the key metrics, and fails when a page is under
 * the budgets: 100 for accessibility, best practices and SEO, at least 95 for performance, and a
 * guide's largest contentful paint within 800 ms.
 *
 *   npm run build && npm run audit [-- --dist dist] [-- --runs 3]
 *
 * With `--runs N`, each page is audited N times and each score and metric is the median of the runs
 * (Lighthouse's figures vary from run to run, most on a loaded machine).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { langs } from '../src/i18n/languages.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { serve } from './serve.ts';

const { values } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '1' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
	console.error(`--runs ${values.runs}: give a whole number of runs, 1 or more.`);
	process.exit(1);
}
/** The middle value (the lower of the two middle ones for an even count). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
if (!existsSync(join(values.dist, 'index.html'))) {
	console.error(`No built site in ${values.dist}/: run \`npm run build\` first.`);
	process.exit(1);
}
const base = process.env['BASE_PATH'] || '/';
const sample = ['', 'police-custody/', 'free-testing/', 'phrases/', 'about-us/'];
const { server, url } = await serve({ dir: values.dist, base });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: chromiumArgs });
const budgets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
/** A guide's largest contentful paint, in Lighthouse's simulated mobile (issue #16). */
const guideLcpBudget = 800;
const failures: string[] = [];
console.log('page                          perf  a11y  best   seo    FCP    LCP    TBT    CLS     SI');
try {
	for (const lang of langs) {
		for (const path of sample) {
			const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(`${url}${lang}/${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
				});
				if (!result) throw new Error(`Lighthouse gave no result for ${lang}/${path}`);
				results.push(result.lhr);
			}
			const first = results[0]!;
			const score = (id: keyof typeof budgets) =>
				median(results.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
			/** A metric's median over the runs. */
			const numeric = (id: string) => {
				const values = results.flatMap((lhr) => {
					const value = lhr.audits[id]?.numericValue;
					return value === undefined ? [] : [value];
				});
				return values.length === 0 ? undefined : median(values);
			};
			/** As Lighthouse shows it: times in seconds, blocking time in ms, layout shift as is. */
			const metric = (id: string) => {
				const value = numeric(id);
				if (value === undefined) return '-';
				if (id === 'cumulative-layout-shift') return String(Math.round(value * 1000) / 1000);
				return id === 'total-blocking-time' ? `${Math.round(value / 10) * 10}ms` : `${(value / 1000).toFixed(1)}s`;
			};
			console.log(
				`${`${lang}/${path}`.padEnd(28)} ${String(score('performance')).padStart(5)} ${String(score('accessibility')).padStart(5)} ` +
					`${String(score('best-practices')).padStart(5)} ${String(score('seo')).padStart(5)} ${metric('first-contentful-paint').padStart(6)} ` +
					`${metric('largest-contentful-paint').padStart(6)} ${metric('total-blocking-time').padStart(6)} ${metric('cumulative-layout-shift').padStart(6)} ${metric('speed-index').padStart(6)}`,
			);
			for (const [id, min] of Object.entries(budgets) as [keyof typeof budgets, number][]) {
				if (score(id) < min) {
					const failed = Object.values(first.audits)
						.filter(
							(a) =>
								a.score !== null &&
								a.score < 1 &&
								first.categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
						)
						.map((a) => a.id);
					failures.push(`${lang}/${path}: ${id} ${score(id)} < ${min} (${failed.join(', ')})`);
				}
			}
			const lcp = numeric('largest-contentful-paint');
			if (path !== '' && lcp !== undefined && lcp > guideLcpBudget) {
				failures.push(`${lang}/${path}: largest contentful paint ${Math.round(lcp)} ms > ${guideLcpBudget} ms`);
			}
		}
	}
} finally {
	chrome.kill();
	server.close();
}
console.log(failures.length ? `\nUnder budget:\n${failures.join('\n')}` : '\nEvery page meets the budgets.');
process.exit(failures.length ? 1 : 0);
