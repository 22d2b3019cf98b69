import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { languages, langs, type Lang } from '../i18n/languages.ts';
import { checkBuiltPage } from '../lib/built-html.ts';
import { listFiles } from '../lib/files.ts';
import { withBase } from '../lib/paths.ts';
import { loadRedirects, redirectPages, redirectsFile } from '../lib/redirects.ts';
import { spaceCjkHtml } from '../lib/search-text.ts';
import { headersFile } from '../lib/security.ts';

/**
 * After Astro has written the pages, in the same `astro build`: the checks of every built page
 * (src/lib/built-html.ts), the search index (Pagefind, through its Node API), the host's `_headers`
 * and `_redirects`, and the list of files each language needs offline. A bare `astro build` thus gives
 * the whole of `dist/`, checked.
 */
export function siteFiles(options: { base: string; contentDir: string }): AstroIntegration {
	return {
		name: 'steel-roses-site-files',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				// Hosts look for the nearest `404.html` up the path (Cloudflare Pages) or are told where it is
				// (`_redirects`); Astro writes `[lang]/404.astro` as `<lang>/404/index.html`, so move it.
				for (const lang of langs) {
					await rename(join(out, lang, '404', 'index.html'), join(out, lang, '404.html'));
					await rm(join(out, lang, '404'), { recursive: true });
				}
				const files = listFiles(out);
				await checkBuiltPages(out, files, options.base);
				await buildSearchIndex(out, files, (message) => logger.info(message));
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

/** Stops the build when a built page could run code, redirect, dial an unlisted number or load from elsewhere. */
async function checkBuiltPages(out: string, files: readonly string[], base: string) {
	const problems: string[] = [];
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		problems.push(...checkBuiltPage(file, await readFile(join(out, file), 'utf8'), base));
	}
	if (problems.length > 0) {
		throw new Error(
			`${problems.length} problem(s) in the built pages (dist/):\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
				'Each comes from the content file or the component that makes that page: fix it there.',
		);
	}
}

/**
 * Languages split into words by spaces are indexed from the built pages as they are. Languages
 * written without spaces are indexed one character per word (see src/lib/search-text.ts), from the
 * same pages with spaces put between their characters. Only `data-pagefind-body` is indexed, so
 * fallback pages (which have none) stay out of the index.
 */
async function buildSearchIndex(out: string, files: readonly string[], log: (message: string) => void) {
	const check = (step: string, errors: readonly string[]) => {
		if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
	};
	const { index, errors } = await pagefind.createIndex({});
	try {
		check('createIndex', errors);
		if (!index) throw new Error('Pagefind returned no index.');
		let pages = 0;
		for (const lang of langs) {
			const html = files.filter((file) => file.startsWith(`${lang}/`) && file.endsWith('.html'));
			if (languages[lang].search === 'words') {
				const response = await index.addDirectory({ path: out, glob: `${lang}/**/*.html` });
				check(`indexing ${lang}`, response.errors);
				pages += response.page_count;
			} else {
				for (const file of html) {
					const content = spaceCjkHtml(await readFile(join(out, file), 'utf8'));
					const response = await index.addHTMLFile({ sourcePath: file, content });
					check(`indexing ${file}`, response.errors);
					// Pagefind's types say always set; a page it skips (no body to index) has none.
					// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
					if (response.file) pages++;
				}
			}
		}
		const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
		check('writing the index', written.errors);
		log(`search index: ${pages} HTML files read, pages with data-pagefind-body indexed`);
	} finally {
		await pagefind.close();
	}
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
	const entry = (file: string): [string, string] => [
		withBase(base, file.replace(/(^|\/)index\.html$/, '$1')),
		hashOf(file),
	];
	const pagefindLang = languages[lang].tag.toLowerCase();
	// Languages Pagefind cannot stem (Chinese among them) share the "unknown" WebAssembly module.
	const wasm = files.includes(`pagefind/wasm.${pagefindLang}.pagefind`)
		? `pagefind/wasm.${pagefindLang}.pagefind`
		: 'pagefind/wasm.unknown.pagefind';
	const search = (f: string) =>
		f === 'pagefind/pagefind.js' ||
		f === 'pagefind/pagefind-worker.js' ||
		f === 'pagefind/pagefind-entry.json' ||
		f.startsWith(`pagefind/pagefind.${pagefindLang}_`) ||
		f.startsWith(`pagefind/index/${pagefindLang}_`) ||
		f.startsWith(`pagefind/fragment/${pagefindLang}_`) ||
		f.startsWith(`pagefind/filter/${pagefindLang}_`) ||
		f === wasm;
	return {
		pages: files.filter((f) => f.startsWith(`${lang}/`) && f.endsWith('index.html')).map(entry),
		files: files
			.filter((f) => f.startsWith('_astro/') || /^(favicon\.svg|icon-\d+\.png)$/.test(f) || search(f))
			.concat(`${lang}/manifest.webmanifest`)
			.map(entry),
	};
}
