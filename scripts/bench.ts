/**
 * Build benchmark: generates a large synthetic site from the real pages (real Chinese, French and
 * English text recombined) in a temporary folder, builds it with its search index, and prints build
 * time, pages per second, peak memory, the size of dist/ and of the search index, and the time and
 * bytes of a cold and a warm search in each language, in the browser. Two sizes show how the build grows. The repository is
 * left untouched (everything happens under the system's temporary folder).
 *
 *   npm run bench                       300 and 1,000 pages per language
 *   npm run bench -- --sizes 100,500    other sizes
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { langs } from '../src/i18n/languages.ts';
import { parse, stringify } from 'yaml';
import { frontmatterOf } from '../src/lib/content-checks.ts';
import { readContent } from '../src/lib/content-files.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { listFiles } from './lib/dist.ts';
import { searchCosts, type QueryCost } from './lib/search-cost.ts';
import { serve } from './serve.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '300,1000' } } });
const sizes = values.sizes.split(',').map(Number);

/** Paragraph blocks of the real pages of one language, to recombine (Markdown and MDX components as written). */
function blocks(lang: string): string[] {
	return (
		readContent()
			.filter((f) => f.lang === lang && f.collection === 'guides')
			.flatMap((f) => f.body.split(/\n{2,}/))
			.filter((b) => b.trim() && !b.startsWith('{/*') && !/^<GetHelp|^<\/GetHelp|^<Callout|^<\/Callout/.test(b.trim()))
			// A heading's own id (`{/* #phrases */}`) would come twice when its block does: ids from the words instead.
			.map((b) => b.replace(/\s*\{\/\*\s*#[\w-]+\s*\*\/\}/g, ''))
	);
}

/**
 * A page of realistic length: the front matter of a real guide and 14 blocks of real text. The blocks
 * come from several guides, so the page lists the sources of every guide of its language (the first of
 * each id): each reference mark in the blocks then points to a source of its page, as the build requires.
 */
function generate(dir: string, perLanguage: number) {
	cpSync('src/content', dir, { recursive: true });
	const originals = readContent().filter((f) => f.collection === 'guides');
	// Languages with guides of their own: a language just added has none yet.
	for (const lang of langs.filter((l) => originals.some((f) => f.lang === l))) {
		const text = blocks(lang);
		const fronts = originals.filter((f) => f.lang === lang);
		const sources = new Map<string, unknown>();
		for (const file of fronts) {
			const data = parse(frontmatterOf(file.raw)?.yaml ?? '') as { sources?: { id: string }[] };
			for (const source of data.sources ?? []) if (!sources.has(source.id)) sources.set(source.id, source);
		}
		for (let i = 0; i < perLanguage; i++) {
			const model = fronts[i % fronts.length]!;
			const data = parse(frontmatterOf(model.raw)?.yaml ?? '') as Record<string, unknown>;
			const body = Array.from({ length: 14 }, (_, k) => text[(i * 7 + k * 13) % text.length]).join('\n\n');
			const { translation: _translation, ...rest } = data;
			const front = {
				...rest,
				title: `${String(data['title']).slice(0, 70)} ${i}`,
				sources: [...sources.values()],
				// One page in every language: the first language's is the original, the others translate it.
				...(lang === langs[0] ? {} : { translation: { from: langs[0], version: '000000000000' } }),
			};
			mkdirSync(join(dir, 'guides', lang), { recursive: true });
			writeFileSync(
				join(dir, 'guides', lang, `bench-${i}.mdx`),
				`---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`,
			);
		}
	}
}

/** Runs the build, sampling the memory of its process tree (Astro and the Pagefind binary it starts). */
function build(content: string, out: string): Promise<{ seconds: number; peakMb: number }> {
	return new Promise((done, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			env: {
				...process.env,
				CONTENT_DIR: content,
				OUT_DIR: out,
				ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'bench-cache-')),
				ASTRO_TELEMETRY_DISABLED: '1',
			},
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		let peak = 0;
		const rss = (pid: number): number => {
			try {
				const status = readFileSync(`/proc/${pid}/status`, 'utf8');
				const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
				const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
					readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
				);
				return own + children.reduce((sum, c) => sum + rss(c), 0);
			} catch {
				return 0;
			}
		};
		const timer = setInterval(() => (peak = Math.max(peak, rss(child.pid!))), 100);
		child.on('close', (code) => {
			clearInterval(timer);
			if (code !== 0) reject(new Error(`build failed:\n${errors}`));
			else done({ seconds: (performance.now() - started) / 1000, peakMb: peak / 1024 });
		});
	});
}

function folderBytes(dir: string): number {
	return listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/**
 * A cold and a warm query in each language, on the generated site's own search page (scripts/lib/search-cost.ts):
 * the first query of a fresh tab loads the index's files; the second, on other words, only what it lacks.
 */
const benchQueries: Record<string, [cold: string, warm: string]> = {
	zh: ['免费检测', '被警察抓了咋办'],
	fr: ['dépistage gratuit', 'garde à vue avocat'],
	en: ['free testing', 'police custody lawyer'],
};
async function searchRows(dist: string): Promise<string[]> {
	const { server, url } = await serve({ dir: dist });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	const rows: string[] = [];
	try {
		for (const lang of langs.filter((l) => benchQueries[l])) {
			const [cold, warm] = await searchCosts(browser, `${url}${lang}/search/`, benchQueries[lang]!);
			const row = (cost: QueryCost, kind: string) =>
				`${kind} ${lang} "${cost.query}": ${cost.hrefs.length} shown, ${cost.status} in ${cost.ms.toFixed(0)} ms, ` +
				`${(cost.transferred / 1024).toFixed(1)} KB on the wire (${(cost.bytes / 1024).toFixed(1)} KB, ${cost.files} files)`;
			rows.push(row(cold!, 'cold'), row(warm!, 'warm'));
		}
	} finally {
		await browser.close();
		server.close();
	}
	return rows;
}

const rows: string[] = [];
for (const size of sizes) {
	const root = mkdtempSync(join(tmpdir(), 'roses-bench-'));
	const content = join(root, 'content');
	const out = join(root, 'dist');
	generate(content, size);
	const { seconds, peakMb } = await build(content, out);
	const pages = listFiles(out).filter((f) => f.endsWith('.html')).length;
	const row =
		`${String(size).padStart(6)} per language | ${String(pages).padStart(6)} HTML pages | build ${seconds.toFixed(1).padStart(6)} s | ` +
		`${(pages / seconds).toFixed(0).padStart(4)} pages/s | ${((seconds * 1000) / pages).toFixed(1).padStart(5)} ms/page | peak ${peakMb.toFixed(0).padStart(5)} MB | ` +
		`dist ${(folderBytes(out) / 1048576).toFixed(1).padStart(6)} MB | search index ${(folderBytes(join(out, 'search')) / 1048576).toFixed(1).padStart(5)} MB`;
	console.log(row);
	rows.push(row);
	for (const line of await searchRows(out)) {
		console.log(`  ${line}`);
		rows.push(`  ${line}`);
	}
	rmSync(root, { recursive: true, force: true });
}
console.log(`\n${rows.join('\n')}`);
