/**
 * Checks every internal link, #section and asset of the built site, and lists the external links
 * (never fetched: the tests run without network; check them by hand or with a link checker online).
 *
 *   npm run links [-- --dist dist]
 *
 * Exits 1 when an internal link is broken.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';
import { normalizeBase } from '../src/lib/paths.ts';
import { listFiles, pathOf } from './lib/dist.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const base = normalizeBase(process.env['BASE_PATH']);
const dist = values.dist;
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
	process.exit(1);
}

const pages = listFiles(dist)
	.filter((f) => f.endsWith('.html'))
	.map((file) => ({ file, path: pathOf(file, base), root: parse(readFileSync(join(dist, file), 'utf8')) }));
const ids = new Map(
	pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((e) => e.getAttribute('id')))]),
);
const exists = (path: string) => {
	const inner = decodeURI(path).slice(base.length);
	return [inner, `${inner}index.html`, `${inner}/index.html`].some((candidate) => existsSync(join(dist, candidate)));
};

const broken: string[] = [];
const external = new Map<string, Set<string>>();
let checked = 0;
for (const page of pages) {
	const refs = [
		...page.root.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
		...page.root.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
		...page.root
			.querySelectorAll('link[href]')
			.filter((e) => !/canonical|alternate/.test(e.getAttribute('rel') ?? ''))
			.map((e) => e.getAttribute('href')!),
	];
	for (const ref of refs) {
		if (/^(tel|sms|mailto):/.test(ref)) continue;
		if (/^https?:/.test(ref)) {
			external.set(ref, (external.get(ref) ?? new Set()).add(page.path));
			continue;
		}
		checked++;
		const url = new URL(ref, `http://site${page.path}`);
		const hash = decodeURIComponent(url.hash.slice(1));
		if (!exists(url.pathname)) broken.push(`${page.path} → ${ref} (no such file)`);
		else if (
			hash &&
			!ids.get(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`)?.has(hash) &&
			!ids.get(url.pathname)?.has(hash)
		) {
			broken.push(`${page.path} → ${ref} (no such section)`);
		}
	}
}

console.log(`Internal links and assets: ${checked} checked in ${pages.length} pages, ${broken.length} broken.`);
for (const line of broken) console.log(`  ✗ ${line}`);
console.log(`\nExternal links (${external.size}, not fetched):`);
for (const [url, from] of [...external].sort(([a], [b]) => a.localeCompare(b))) {
	console.log(
		`  ${url}\n      from ${[...from].slice(0, 3).join(', ')}${from.size > 3 ? ` and ${from.size - 3} more` : ''}`,
	);
}
process.exit(broken.length ? 1 : 0);
