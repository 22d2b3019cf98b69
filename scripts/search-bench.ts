/**
 * What a cold query costs on a large site, without building one: a synthetic index of N pages per language
 * (default 1,000) from the built site's own pages (dist/), each with its title and summary and 40 blocks
 * of real text drawn at random, indexed by the build's own code (src/lib/search-index.ts). For each query,
 * the files the search page fetches cold (index.json, the term files of its terms, the page files of the
 * first 5 results), gzipped as a host sends them, and raw. `npm run bench` measures the same in the browser
 * on a full generated build.
 *
 *   npm run build && npm run search-bench [-- 1000]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../src/lib/files.ts';
import { searchPageOf } from '../src/lib/search-page.ts';
import { buildSearchIndex, type SearchPage } from '../src/lib/search-index.ts';
import { searchVocabulary } from '../src/lib/search-words.ts';
import { planQuery, rankPages, loadedTerms, termsOf, type Postings } from '../src/lib/search-query.ts';
import { fileOfTerm } from '../src/lib/search-text.ts';
/** A fixed pseudo-random sequence, so that two runs build the same pages. */
let seed = 7;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const size = Number(process.argv[2] ?? 1000);
const queries: Record<string, string[]> = {
	zh: ['免费检测', '安全套', '警察查护照咋办', '套子破了咋整', '黑户有医保吗'],
	fr: ['dépistage gratuit', 'capote'],
	en: ['free testing', 'condom'],
};
for (const lang of ['zh', 'fr', 'en']) {
	const real: SearchPage[] = [];
	for (const f of listFiles('dist').filter((f: string) => f.startsWith(`${lang}/`) && f.endsWith('.html'))) {
		const p = searchPageOf(readFileSync(join('dist', f), 'utf8'), '/' + f);
		if (p) real.push(p);
	}
	const text = real.flatMap((p) => p.blocks.filter((b) => b.weight === 1));
	const pages: SearchPage[] = Array.from({ length: size }, (_, i) => {
		const base = real[i % real.length]!;
		const blocks = base.blocks.filter((b) => b.weight > 1 && b.section === 0);
		for (let n = 0; n < 40; n++) blocks.push({ ...text[Math.floor(rand() * text.length)]!, section: 0 });
		return { ...base, url: `/${lang}/bench-${i}/`, blocks };
	});
	const t0 = Date.now();
	const { meta, files } = buildSearchIndex(pages, searchVocabulary(lang));
	const built = Date.now() - t0;
	const total = [...files.values()].reduce((s, t) => s + Buffer.byteLength(t), 0);
	const gz = (name: string) => gzipSync(files.get(name)!).length;
	for (const q of queries[lang]!) {
		const plan = planQuery(q, meta.vocabulary);
		const shards = [...new Set(termsOf(plan).map((t) => `${meta.version}/t${fileOfTerm(t, meta.files)}.json`))];
		const terms = Object.assign(
			{},
			...shards.map((s) => JSON.parse(files.get(s)!) as Record<string, Postings>),
		) as Record<string, Postings>;
		const ranked = rankPages(plan, loadedTerms(terms), meta.pages);
		const pageFiles = [
			...new Set(ranked.slice(0, 5).map((r) => `${meta.version}/p${Math.floor(r.page / meta.group)}.json`)),
		];
		const all = ['index.json', ...shards, ...pageFiles];
		const wire = all.reduce((s, n) => s + gz(n), 0);
		const raw = all.reduce((s, n) => s + Buffer.byteLength(files.get(n)!), 0);
		console.log(
			`${size}/lang ${lang} cold "${q}": ${(wire / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw), ${all.length} files, ${ranked.length}/${size} pages found`,
		);
	}
	console.log(
		`${size}/lang ${lang}: index ${(total / 1048576).toFixed(2)} MB in ${files.size} files (${meta.files} term shards), built in ${built} ms`,
	);
}
