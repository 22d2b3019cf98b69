import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isLang, langs, type Lang } from '../i18n/languages.ts';
import type { PagesPart, PartResult } from '../lib/built-pages.ts';
import { loadPages } from '../lib/content-files.ts';
import { listFiles } from '../lib/files.ts';
import type { CitedPage } from '../lib/page-cite.ts';
import { pageFiles, writePageFiles } from '../lib/page-files.ts';
import { builtPath } from '../lib/paths.ts';
import { loadRedirects, redirectPages, redirectsFile } from '../lib/redirects.ts';
import { headersFile } from '../lib/security.ts';

/**
 * After Astro has written the pages, in the same `astro build`: the files beside each page (citations,
 * QR code: src/lib/page-files.ts), the checks of every built page (src/lib/built-html.ts), the search
 * index (src/lib/search-index.ts), the host's `_headers` and `_redirects`, and the list of files each
 * language needs offline. A bare `astro build` thus gives the whole of `dist/`, checked. `astro dev`
 * serves the files beside each page as they would be built.
 */
export function siteFiles(options: {
	base: string;
	contentDir: string;
	/** What the files beside each page cite, read from the content on disk with the settings. */
	pages: readonly CitedPage[];
}): AstroIntegration {
	return {
		name: 'steel-roses-site-files',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					const file = pageFileOf(request.url ?? '', options.base);
					const page = file && loadPages(options.contentDir).find((p) => p.slug === file.slug);
					if (!file || !page) {
						next();
						return;
					}
					response.setHeader('Content-Type', file.type);
					response.end(file.body(page, file.lang));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				// Hosts look for the nearest `404.html` up the path (Cloudflare Pages) or are told where it is
				// (`_redirects`); Astro writes `[lang]/404.astro` as `<lang>/404/index.html`, so move it.
				for (const lang of langs) {
					await rename(join(out, lang, '404', 'index.html'), join(out, lang, '404.html'));
					await rm(join(out, lang, '404'), { recursive: true });
				}
				const files = listFiles(out);
				// Each step says when it ends: `npm run bench` times the steps by these lines.
				// The files beside each page are written while the child processes check and index the pages:
				// the checks read only the HTML.
				const checks = checkAndIndex(out, files, options.base);
				const besides = await writePageFiles(out, options.pages, langs).catch(async (error: unknown) => {
					await checks.catch(() => undefined);
					throw error;
				});
				const { checked, counts } = await checks;
				logger.info(`wrote ${besides} files beside the pages (citations, QR codes)`);
				logger.info(`checked ${checked} built pages; search index: ${counts.join(', ')}`);
				await writeFile(join(out, '_headers'), headersFile(options.base, langs));
				const redirects = loadRedirects(options.contentDir);
				await writeFile(join(out, '_redirects'), redirectsFile(options.base, redirects, langs));
				// Moved addresses only redirect: saving them offline would keep pages that say nothing.
				const moved = new Set(redirectPages(redirects).map(({ path }) => `${path}/index.html`));
				const all = listFiles(out).filter((file) => !moved.has(file));
				const hashOf = (file: string) => fileHash(readFileSync(join(out, file)));
				const lists = langs.map((lang) => JSON.stringify(offlineList(all, lang, options.base, hashOf)));
				for (const [i, lang] of langs.entries()) await writeFile(join(out, lang, 'offline.json'), lists[i]!);
				// Any change of a saved file changes the worker, so the browser installs it and updates saved copies.
				const worker = await readFile(join(out, 'sw.js'), 'utf8');
				await writeFile(
					join(out, 'sw.js'),
					worker.replace(`'__VERSION__'`, `'${fileHash(Buffer.from(lists.join()))}'`),
				);
				logger.info(`wrote _headers, _redirects and offline lists for ${langs.join(', ')}`);
			},
		},
	};
}

/**
 * Checks every built page and writes each language's search index (src/lib/built-pages.ts), one part
 * per language and one for the pages of no language (the root's chooser, its 404, the moved addresses'
 * redirects), each in a child process: the parts run on every core at once (a process is started for
 * each part, at most one per core at a time). A process of its own, not a thread of the build's: the
 * build's process still holds what the bundler and the pages' step left in it, and a thread's heap would
 * come on top of that (docs/architecture.md, "Build memory"). Throws with every problem at once. Returns
 * how many pages were checked and a line for each language's index.
 */
async function checkAndIndex(out: string, files: readonly string[], base: string) {
	const pages = files.filter((f) => f.endsWith('.html'));
	const inLang = (lang: Lang) => (f: string) => f.startsWith(`${lang}/`);
	const parts: PagesPart[] = [
		...langs.map((lang) => ({ out, base, lang, files: pages.filter(inLang(lang)) })),
		{ out, base, files: pages.filter((f) => !langs.some((lang) => inLang(lang)(f))) },
	];
	const results = await inProcesses(parts, availableParallelism());
	const problems = results.flatMap((result) => result.problems);
	if (problems.length > 0) {
		throw new Error(
			`${problems.length} problem(s) in the built pages (dist/):\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
				'Each comes from the content file or the component that makes that page: fix it there.',
		);
	}
	return {
		checked: results.reduce((sum, result) => sum + result.checked, 0),
		counts: results.flatMap((result) => (result.index ? [result.index] : [])),
	};
}

/** Runs each part in a process of its own, `at` at a time; the results in the parts' order. */
async function inProcesses(parts: readonly PagesPart[], at: number): Promise<PartResult[]> {
	const results: PartResult[] = [];
	let next = 0;
	const runner = async () => {
		while (next < parts.length) {
			const i = next++;
			results[i] = await new Promise<PartResult>((done, fail) => {
				const child = fork(fileURLToPath(new URL('./built-pages.child.ts', import.meta.url)), {
					serialization: 'advanced',
					stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
				});
				let result: PartResult | undefined;
				child.once('message', (message) => {
					result = message as PartResult;
				});
				child.once('error', fail);
				// After its exit and its channel's end: its answer has arrived by then.
				child.once('close', (code, signal) => {
					if (result && code === 0) done(result);
					else fail(new Error(`the check of the built pages stopped (${signal ?? `code ${String(code)}`})`));
				});
				child.send(parts[i]!);
			});
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(at, parts.length)) }, runner));
	return results;
}

/** The file beside a page that a dev server's address asks for (`/zh/pep/cite.json`), if any. */
function pageFileOf(url: string, base: string) {
	const path = decodeURIComponent(url.split(/[?#]/)[0]!);
	if (!path.startsWith(base)) return undefined;
	const [lang, slug, name, ...rest] = path.slice(base.length).split('/');
	if (name === undefined || !Object.hasOwn(pageFiles, name) || rest.length > 0 || !slug) return undefined;
	if (lang === undefined || !isLang(lang)) return undefined;
	return { ...pageFiles[name]!, lang, slug };
}

/** A short SHA-256 of a file: the same as the service worker computes (src/scripts/sw.js). */
export function fileHash(content: Uint8Array): string {
	return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/**
 * What "save for offline" keeps for one language: its pages (the offline page among them), the site's
 * assets and its search index, each with its hash so that an update downloads only what changed.
 * Paths carry the base path, as the service worker fetches them.
 */
export function offlineList(files: readonly string[], lang: Lang, base: string, hashOf: (file: string) => string) {
	const entry = (file: string): [string, string] => [builtPath(base, file), hashOf(file)];
	const search = (f: string) => f.startsWith(`search/${lang}/`);
	return {
		pages: files.filter((f) => f.startsWith(`${lang}/`) && f.endsWith('index.html')).map(entry),
		files: files
			.filter((f) => f.startsWith('_astro/') || /^(favicon\.svg|icon-\d+\.png)$/.test(f) || search(f))
			.concat(`${lang}/manifest.webmanifest`)
			.map(entry),
	};
}
