/**
 * The list of every address the site has ever published (src/data/published-urls.txt), so that none
 * dies: a test fails when a listed address no longer resolves and has no redirect.
 *
 *   npm run urls            add the pages of the last build (dist/) that are not listed yet
 *   npm run urls -- --check only say what is missing from the list
 *
 * Addresses are written without the base path, one per line, sorted. Never remove a line: when a
 * page moves, add a redirect in src/content/redirects.yaml.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles, pathOf } from './lib/dist.ts';

export const listFile = 'src/data/published-urls.txt';

/** The indexable pages of a built site: HTML pages, not noindex, not redirects. */
export function publishablePaths(dist: string): string[] {
	return listFiles(dist)
		.filter((file) => file.endsWith('.html'))
		.filter(
			(file) =>
				!/<meta name="robots" content="noindex"|<meta http-equiv="refresh"/.test(
					readFileSync(join(dist, file), 'utf8'),
				),
		)
		.map((file) => pathOf(file, '/'));
}

export function readList(): string[] {
	return existsSync(listFile)
		? readFileSync(listFile, 'utf8')
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => line && !line.startsWith('#'))
		: [];
}

if (process.argv[1]?.endsWith('published-urls.ts')) {
	const { values } = parseArgs({
		options: { check: { type: 'boolean', default: false }, dist: { type: 'string', default: 'dist' } },
	});
	if (!existsSync(join(values.dist, 'index.html'))) {
		console.error(`No built site in ${values.dist}/: run \`npm run build\` first.`);
		process.exit(1);
	}
	const listed = readList();
	const missing = publishablePaths(values.dist).filter((path) => !listed.includes(path));
	if (values.check) {
		console.log(missing.length ? `Not yet in ${listFile}:\n${missing.join('\n')}` : `Every page is in ${listFile}.`);
		process.exit(missing.length ? 1 : 0);
	}
	const header =
		'# Every address the site has published, without the base path. Never remove a line: add a redirect.\n';
	writeFileSync(listFile, header + [...new Set([...listed, ...missing])].sort().join('\n') + '\n');
	console.log(`${listFile}: ${missing.length} address(es) added, ${listed.length + missing.length} in all.`);
}
