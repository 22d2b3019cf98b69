/**
 * Page weight of the built site: for every page, the bytes of HTML, CSS and JavaScript of a first
 * visit, raw and compressed, and the total. Fails when a guide page is over the budget at any site
 * size (13 KB compressed, all requests together: scripts/lib/weight.ts).
 *
 *   npm run weight [-- --dist dist] [--all]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeBase } from '../src/lib/paths.ts';
import { listFiles, pathOf } from './lib/dist.ts';
import { guideBudget, pageWeight } from './lib/weight.ts';

const { values } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, all: { type: 'boolean', default: false } },
});
const base = normalizeBase(process.env['BASE_PATH']);
if (!existsSync(join(values.dist, 'index.html'))) {
	console.error(`No built site in ${values.dist}/: run \`npm run build\` first.`);
	process.exit(1);
}
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const rows = listFiles(values.dist)
	.filter((file) => file.endsWith('.html'))
	.map((file) => {
		const html = readFileSync(join(values.dist, file), 'utf8');
		const guide = /<article[^>]*data-search-body|<article lang=/.test(html);
		return { guide, weight: pageWeight(values.dist, base, pathOf(file, base)) };
	});

console.log('page                                          HTML gz   CSS gz    JS gz  other gz   TOTAL gz  TOTAL raw');
const sum = (w: (typeof rows)[number]['weight'], kind: string) =>
	w.files.filter((f) => f.kind === kind).reduce((s, f) => s + f.gzip, 0);
for (const { weight, guide } of rows.filter((r) => values.all || r.guide)) {
	const over = guide && weight.total.gzip > guideBudget;
	console.log(
		`${(weight.path + (over ? '  OVER' : '')).padEnd(44)} ${kb(sum(weight, 'html'))}  ${kb(sum(weight, 'css'))}  ${kb(sum(weight, 'js'))}  ${kb(sum(weight, 'other'))}   ${kb(weight.total.gzip)}   ${kb(weight.total.raw)}`,
	);
}
const guides = rows.filter((r) => r.guide).map((r) => r.weight.total.gzip);
const over = rows.filter((r) => r.guide && r.weight.total.gzip > guideBudget);
console.log(
	`\n${guides.length} guide pages: first load ${kb(Math.min(...guides)).trim()}–${kb(Math.max(...guides)).trim()} KB gzip ` +
		`(median ${kb(guides.sort((a, b) => a - b)[Math.floor(guides.length / 2)]!).trim()} KB); budget ${guideBudget / 1024} KB; ${over.length} over.`,
);
process.exit(over.length ? 1 : 0);
