/**
 * Lighthouse (mobile, with its default throttling) on a sample of pages of every language, served
 * from the built site. Prints the four scores and the key metrics, and fails when a page is under
 * the budgets: 100 for accessibility, best practices and SEO, at least 95 for performance.
 *
 *   npm run build && npm run audit [-- --dist dist]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { langs } from '../src/i18n/languages.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { serve } from './serve.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
if (!existsSync(join(values.dist, 'index.html'))) {
	console.error(`No built site in ${values.dist}/: run \`npm run build\` first.`);
	process.exit(1);
}
const base = process.env['BASE_PATH'] || '/';
const sample = ['', 'police-custody/', 'free-testing/', 'phrases/', 'about-us/'];
const { server, url } = await serve({ dir: values.dist, base });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: chromiumArgs });
const budgets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const failures: string[] = [];
console.log('page                          perf  a11y  best   seo    FCP    LCP    TBT    CLS     SI');
try {
	for (const lang of langs) {
		for (const path of sample) {
			const result = await lighthouse(`${url}${lang}/${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
			});
			if (!result) throw new Error(`Lighthouse gave no result for ${lang}/${path}`);
			const { categories, audits } = result.lhr;
			const score = (id: keyof typeof budgets) => Math.round((categories[id]?.score ?? 0) * 100);
			const metric = (id: string) => audits[id]?.displayValue?.replace(/\s/g, '') ?? '-';
			console.log(
				`${`${lang}/${path}`.padEnd(28)} ${String(score('performance')).padStart(5)} ${String(score('accessibility')).padStart(5)} ` +
					`${String(score('best-practices')).padStart(5)} ${String(score('seo')).padStart(5)} ${metric('first-contentful-paint').padStart(6)} ` +
					`${metric('largest-contentful-paint').padStart(6)} ${metric('total-blocking-time').padStart(6)} ${metric('cumulative-layout-shift').padStart(6)} ${metric('speed-index').padStart(6)}`,
			);
			for (const [id, min] of Object.entries(budgets) as [keyof typeof budgets, number][]) {
				if (score(id) < min) {
					const failed = Object.values(audits)
						.filter(
							(a) =>
								a.score !== null &&
								a.score < 1 &&
								result.lhr.categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
						)
						.map((a) => a.id);
					failures.push(`${lang}/${path}: ${id} ${score(id)} < ${min} (${failed.join(', ')})`);
				}
			}
		}
	}
} finally {
	chrome.kill();
	server.close();
}
console.log(failures.length ? `\nUnder budget:\n${failures.join('\n')}` : '\nEvery page meets the budgets.');
process.exit(failures.length ? 1 : 0);
