/**
 * Build benchmark: generates a large synthetic site from the real pages (real Chinese, French and
 * English text recombined) in a temporary folder, builds it with its search index (a clean build: a
 * fresh cache), and prints build wall and CPU time, the time of each step, peak memory (of the largest
 * process and of the whole process tree), the size of dist/ and of the search index, the first load of
 * a Chinese guide, and the time and bytes of a cold and a warm search in each language, in the browser.
 * Two sizes show how the build grows. The repository is left untouched (everything happens under the
 * system's temporary folder, but for the Starlight project: `.bench/`, removed after).
 *
 *   npm run bench                                   300 and 1,000 pages per language
 *   npm run bench -- --sizes 100,500                other sizes
 *   npm run bench -- --compare starlight            the same content built with Starlight too (its pinned
 *                                                   devDependency, scripts/lib/starlight-site.ts), one table
 *   npm run bench -- --rebuild                      then a second build with the first one's cache, after
 *                                                   changing one page
 *   npm run bench -- --no-search                    without the browser (no search costs)
 *
 * Builds run one after another, never at once. Peak memory: the largest process is `/usr/bin/time`'s
 * maximum resident set size; the tree sums the resident sets of the build and its children (a fork that
 * has not yet started its command counts only its private pages), sampled every 100 ms from /proc.
 */
import { spawn } from 'node:child_process';
import {
	appendFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Request } from 'playwright-core';
import { langs } from '../src/i18n/languages.ts';
import { generate } from './lib/bench-content.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { listFiles } from './lib/dist.ts';
import { bytesOf, searchCosts, settled, type QueryCost } from './lib/search-cost.ts';
import { writeStarlightSite } from './lib/starlight-site.ts';
import { pageWeight } from './lib/weight.ts';
import { serve } from './serve.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '300,1000' },
		compare: { type: 'string' },
		rebuild: { type: 'boolean', default: false },
		'no-search': { type: 'boolean', default: false },
	},
});
const sizes = values.sizes.split(',').map(Number);
if (values.compare !== undefined && values.compare !== 'starlight') {
	throw new Error(`--compare ${values.compare}: only "starlight" is known.`);
}
const withSearch = !values['no-search'];

/** One build's figures. */
interface BuildFigures {
	seconds: number;
	/** User and system CPU of the build and every process it waited for. */
	cpuSeconds: number;
	/** Peak resident set of the largest single process (`/usr/bin/time`), MiB. */
	largestMb: number;
	/** Peak of the process tree's memory (sampled, see treeRss), MiB. */
	treeMb: number;
	/** Seconds and peak memory of the process tree (MiB) of each step, from the build's own log lines as they come. */
	steps: [name: string, seconds: number, peakMb: number][];
}

/**
 * The steps of a build, each ending at the first log line that matches (a step whose line never comes
 * is left out): Astro's own lines, then this site's `astro:build:done` step (src/integrations/site-files.ts)
 * or Starlight's Pagefind step. Each step is the time since the line before it; whatever follows the
 * last line counts as "exit".
 */
const stepMarks: [name: string, line: RegExp][] = [
	['content', /\[content\] Synced content/],
	['bundle', /generating static routes/],
	// Astro's "✓ Completed in" without "[build]": the end of "generating static routes".
	['pages', /^[\d:]+ ✓ Completed in/],
	['sitemap', /sitemap-index\.xml. created/],
	// One step: the files beside each page are written while each built page is read and parsed once
	// for its checks and the search index.
	['page files, checks and index', /\[steel-roses-site-files\] checked/],
	['host files', /\[steel-roses-site-files\] wrote _headers/],
	['pagefind', /Finished building search index/],
];

/** Resident set of a process, KiB (cheap to read, as often as needed). */
function rssOf(pid: number): number {
	return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/** The program a process runs, or '' when it cannot be read. */
function exeOf(pid: number): string {
	try {
		return readlinkSync(`/proc/${pid}/exe`);
	} catch {
		return '';
	}
}

/**
 * The private pages of a process (USS), KiB. A child forked to run a command (\`git\`) shares all of its
 * parent's pages until it starts that command: its resident set would count the build a second time.
 */
function privateOf(pid: number): number {
	try {
		const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
		const clean = /^Private_Clean:\s+(\d+)/m.exec(rollup)?.[1];
		const dirty = /^Private_Dirty:\s+(\d+)/m.exec(rollup)?.[1];
		if (clean !== undefined && dirty !== undefined) return Number(clean) + Number(dirty);
	} catch {
		// No smaps_rollup: the resident set below.
	}
	return rssOf(pid);
}

/**
 * Memory of a process and its descendants, KiB: [sum, largest]. A process counts its resident set, but a
 * child that runs the same program as its parent (a fork about to start a command) counts only its
 * private pages. Processes of their own program (the build under \`/usr/bin/time\`, Pagefind) are never
 * read through smaps, which walks the whole memory map of a process and slows it down.
 */
function treeRss(pid: number, parentExe = ''): [number, number] {
	try {
		const exe = exeOf(pid);
		const own = exe !== '' && exe === parentExe ? privateOf(pid) : rssOf(pid);
		let sum = own;
		let largest = own;
		for (const task of readdirSync(`/proc/${pid}/task`)) {
			for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
				const [childSum, childLargest] = treeRss(Number(child), exe);
				sum += childSum;
				largest = Math.max(largest, childLargest);
			}
		}
		return [sum, largest];
	} catch {
		return [0, 0];
	}
}

/** Runs `astro build` in `cwd` under `/usr/bin/time`, sampling the memory of its process tree. */
function build(cwd: string, env: Record<string, string>, log: string): Promise<BuildFigures> {
	const timeFile = join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time');
	const astro = [process.execPath, resolve('node_modules/astro/bin/astro.mjs'), 'build'];
	const timed = existsSync('/usr/bin/time');
	const [command, ...args] = timed ? ['/usr/bin/time', '-f', '%U %S %M', '-o', timeFile, ...astro] : astro;
	return new Promise((done, reject) => {
		const started = performance.now();
		const child = spawn(command!, args, {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => {
			errors += chunk.toString();
			appendFileSync(log, chunk);
		});
		const marks: [name: string, at: number, peakKb: number][] = [];
		let stepPeak = 0;
		let pending = '';
		child.stdout.on('data', (chunk: Buffer) => {
			appendFileSync(log, chunk);
			const at = performance.now();
			const lines = (pending + chunk.toString()).split('\n');
			pending = lines.pop() ?? '';
			for (const line of lines) {
				const mark = stepMarks.find(([name, pattern]) => !marks.some(([seen]) => seen === name) && pattern.test(line));
				if (!mark) continue;
				marks.push([mark[0], at, stepPeak]);
				stepPeak = 0;
			}
		});
		let tree = 0;
		let largest = 0;
		const timer = setInterval(() => {
			const [sum, one] = treeRss(child.pid!);
			tree = Math.max(tree, sum);
			stepPeak = Math.max(stepPeak, sum);
			largest = Math.max(largest, one);
		}, 100);
		child.on('close', (code) => {
			clearInterval(timer);
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) {
				reject(new Error(`build failed (see ${log}):\n${errors.slice(-4000)}`));
				return;
			}
			let cpuSeconds = NaN;
			if (timed) {
				const [user, system, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
				cpuSeconds = user! + system!;
				largest = Math.max(largest, maxKb!);
			}
			const steps: [string, number, number][] = [];
			let previous = started;
			for (const [name, at, peakKb] of [...marks, ['exit', performance.now(), stepPeak] as const]) {
				steps.push([name, (at - previous) / 1000, peakKb / 1024]);
				previous = at;
			}
			done({ seconds, cpuSeconds, largestMb: largest / 1024, treeMb: tree / 1024, steps });
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
async function searchRows(browser: Browser, dist: string): Promise<{ rows: string[]; coldZh: QueryCost | undefined }> {
	const { server, url } = await serve({ dir: dist });
	const rows: string[] = [];
	let coldZh: QueryCost | undefined;
	try {
		for (const lang of langs.filter((l) => benchQueries[l])) {
			const [cold, warm] = await searchCosts(browser, `${url}${lang}/search/`, benchQueries[lang]!);
			if (lang === 'zh') coldZh = cold;
			const row = (cost: QueryCost, kind: string) =>
				`${kind} ${lang} "${cost.query}": ${cost.hrefs.length} shown, ${cost.status} in ${cost.ms.toFixed(0)} ms, ` +
				`${(cost.transferred / 1024).toFixed(1)} KB on the wire (${(cost.bytes / 1024).toFixed(1)} KB, ${cost.files} files)`;
			rows.push(row(cold!, 'cold'), row(warm!, 'warm'));
		}
	} finally {
		server.close();
	}
	return { rows, coldZh };
}

/**
 * A cold Chinese query in Starlight's search dialog, on its Chinese page: the bytes of every Pagefind
 * file fetched from opening the dialog until the results show (Pagefind's script and WebAssembly, its
 * index chunks and the results' fragments).
 */
async function starlightColdSearch(browser: Browser, dist: string, path: string, query: string) {
	const { server, url } = await serve({ dir: dist });
	const context = await browser.newContext();
	const page = await context.newPage();
	const fetched: Request[] = [];
	const pending = new Set<Request>();
	page.on('request', (request) => {
		if (!new URL(request.url()).pathname.includes('/pagefind/')) return;
		fetched.push(request);
		pending.add(request);
	});
	page.on('requestfinished', (request) => pending.delete(request));
	page.on('requestfailed', (request) => pending.delete(request));
	try {
		await page.goto(`${url}${path.replace(/^\//, '')}`);
		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search input', query);
		await page.waitForSelector('.pagefind-ui__result, .pagefind-ui__message', { timeout: 60_000 });
		await settled(page, pending, 4, 100);
		return { ...(await bytesOf(fetched)), files: fetched.length };
	} finally {
		await context.close();
		server.close();
	}
}

/** One column of the comparison table. */
interface SiteFigures {
	name: string;
	pages: number;
	build: BuildFigures;
	distBytes: number;
	guide: { path: string; gzip: number; requests: number };
	search?: { bytes: number; transferred: number; files: number };
	rebuild?: BuildFigures;
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(size: number, sites: SiteFigures[]): string[] {
	const rows: [string, ...string[]][] = [
		[`${size} pages per language`, ...sites.map((s) => s.name)],
		['HTML pages', ...sites.map((s) => String(s.pages))],
		['build wall', ...sites.map((s) => `${s.build.seconds.toFixed(1)} s`)],
		['build CPU (user+sys)', ...sites.map((s) => `${s.build.cpuSeconds.toFixed(1)} s`)],
		['peak memory, largest process', ...sites.map((s) => `${s.build.largestMb.toFixed(0)} MiB`)],
		['peak memory, process tree', ...sites.map((s) => `${s.build.treeMb.toFixed(0)} MiB`)],
		['dist/', ...sites.map((s) => mib(s.distBytes))],
		[
			'first load of a Chinese guide (gzip)',
			...sites.map((s) => `${kb(s.guide.gzip)}, ${s.guide.requests} files (${s.guide.path})`),
		],
		[
			'cold search 免费检测 (wire / bytes)',
			...sites.map((s) =>
				s.search ? `${kb(s.search.transferred)} / ${kb(s.search.bytes)}, ${s.search.files} files` : 'not measured',
			),
		],
	];
	if (sites.some((s) => s.rebuild)) {
		rows.push([
			'rebuild after a one-page change (wall)',
			...sites.map((s) => (s.rebuild ? `${s.rebuild.seconds.toFixed(1)} s` : '—')),
		]);
	}
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
	const lines = rows.map((r) => `| ${r.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`);
	lines.splice(1, 0, `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	// Each step's time and the peak memory of the process tree during it.
	for (const site of sites) {
		const steps = (b: BuildFigures) =>
			b.steps.map(([name, s, mb]) => `${name} ${s.toFixed(1)} s (${mb.toFixed(0)} MiB)`).join(', ');
		lines.push(`  ${site.name} steps: ${steps(site.build)}`);
		if (site.rebuild) lines.push(`  ${site.name} rebuild steps: ${steps(site.rebuild)}`);
	}
	return lines;
}

/** A built site's column of the table, before its search is measured. */
function siteFigures(name: string, dist: string, build: BuildFigures): SiteFigures {
	return {
		name,
		pages: listFiles(dist).filter((f) => f.endsWith('.html')).length,
		build,
		distBytes: folderBytes(dist),
		guide: guideWeight(dist, '/zh/bench-0/'),
	};
}

/** The first Chinese guide of the generated content, as a path of the built site. */
function guideWeight(dist: string, path: string) {
	const weight = pageWeight(dist, '/', path);
	return { path, gzip: weight.total.gzip, requests: weight.files.length };
}

const load = () =>
	loadavg()
		.map((n) => n.toFixed(2))
		.join(' ');
const output: string[] = [];
const say = (line: string) => {
	console.log(line);
	output.push(line);
};
const browser = withSearch ? await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs }) : undefined;
try {
	for (const size of sizes) {
		const root = mkdtempSync(join(tmpdir(), 'roses-bench-'));
		const content = join(root, 'content');
		generate(content, size);
		const sites: SiteFigures[] = [];
		say(`\n${size} pages per language, in ${root}; load average before: ${load()}`);

		const out = join(root, 'dist');
		const cache = join(root, 'cache');
		const ours = await build(
			'.',
			{ CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache },
			join(root, 'build.log'),
		);
		const site = siteFigures('this site', out, ours);
		say(`  this site built (load average ${load()}); search index ${mib(folderBytes(join(out, 'search')))}`);
		if (browser) {
			const { rows, coldZh } = await searchRows(browser, out);
			for (const line of rows) say(`  ${line}`);
			if (coldZh) site.search = coldZh;
		}
		if (values.rebuild) {
			// One page changed: a word of its text. The cache of the first build is kept.
			const changed = join(content, 'guides', 'zh', 'bench-1.mdx');
			writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n\n/, '\n\n改\n\n'));
			site.rebuild = await build(
				'.',
				{ CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache },
				join(root, 'rebuild.log'),
			);
		}
		sites.push(site);

		if (values.compare === 'starlight') {
			// Inside the repository, where Node and Vite find Starlight (scripts/lib/starlight-site.ts).
			mkdirSync('.bench', { recursive: true });
			const project = mkdtempSync(join(resolve('.bench'), 'starlight-'));
			const pages = writeStarlightSite(project, content);
			const starlightOut = join(project, 'dist');
			const starlight = await build(project, { OUT_DIR: starlightOut }, join(root, 'starlight.log'));
			const figures = siteFigures('Starlight 0.42.4', starlightOut, starlight);
			say(`  Starlight built ${pages} content pages (load average ${load()})`);
			if (browser)
				figures.search = await starlightColdSearch(browser, starlightOut, '/zh/bench-0/', benchQueries['zh']![0]);
			sites.push(figures);
		}
		for (const line of table(size, sites)) say(line);
		rmSync(root, { recursive: true, force: true });
		rmSync('.bench', { recursive: true, force: true });
	}
} finally {
	await browser?.close();
}
say(`\nload average after: ${load()} (${String(availableParallelism())} cores)`);
console.log(`\n${output.join('\n')}`);
