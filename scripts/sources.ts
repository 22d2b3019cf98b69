/**
 * Where the site's facts come from, page by page: how many sources of each kind, the share of primary
 * sources (law, official, operator) and every web site cited.
 *
 *   npm run sources
 *
 * Exits 1, saying what to do, when a guide rests on fewer than 2 primary sources or when fewer than
 * 70% of the site's sources are primary (issue #10). A page's sources are those of its original,
 * plus the sources of the shared figures (`<Fig>`) it uses.
 */
import { sourceKinds, type SourceKind } from '../src/data/source-kinds.ts';
import { readMdx } from '../src/lib/body-text.ts';
import { numberSources } from '../src/lib/references.ts';
import { hostOf, isPrimary, type Source } from '../src/lib/sources.ts';
import { loadPages } from '../src/lib/content-files.ts';
import { scalarText } from '../src/lib/yaml-value.ts';

/** A guide needs at least this many primary sources under its key claims. */
const minPrimaryPerGuide = 2;
/** Of all the sources of the site, at least this share must be primary. */
const minPrimaryShare = 0.7;

interface PageSources {
	/** `guides/police-custody`. */
	name: string;
	collection: string;
	path: string;
	/** The page's own sources, then its figures' (a kind that is missing or unknown stays undefined). */
	sources: (Omit<Source, 'kind' | 'consulted'> & { kind: SourceKind | undefined })[];
}

/** Every page's sources, read from its original file (translations list the same sources). */
function pageSources(): PageSources[] {
	return loadPages().map((page) => {
		const file = page.original;
		const raw = Array.isArray(file.data['sources']) ? (file.data['sources'] as Record<string, unknown>[]) : [];
		// The disk reader gives a law source without title or url empty strings: read them as absent.
		const text = (value: unknown) => scalarText(value) || undefined;
		const own = raw.map((s) => ({
			id: scalarText(s['id']),
			kind: sourceKinds.includes(s['kind'] as SourceKind) ? (s['kind'] as SourceKind) : undefined,
			code: text(s['code']),
			article: text(s['article']),
			title: text(s['title']),
			url: text(s['url']),
		}));
		const figureIds = readMdx(file.body)
			.refs.filter((ref) => ref.kind === 'fig')
			.map((ref) => ref.id);
		const numbered = numberSources(
			own.map((s) => ({ ...s, kind: s.kind ?? 'press', consulted: new Date(0) })),
			figureIds,
		);
		const sources = numbered.list.map((item, i) => (i < own.length ? own[i]! : { ...item.source }));
		return { name: `${page.collection}/${page.slug}`, collection: page.collection, path: file.path, sources };
	});
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`);

const pages = pageSources();
const failures: string[] = [];
let total = 0;
let primaryTotal = 0;

for (const page of pages) {
	const counts = new Map<string, number>();
	for (const source of page.sources)
		counts.set(source.kind ?? 'no kind', (counts.get(source.kind ?? 'no kind') ?? 0) + 1);
	const primary = page.sources.filter((s) => s.kind && isPrimary(s.kind)).length;
	total += page.sources.length;
	primaryTotal += primary;
	const domains = [
		...new Set(
			page.sources.map(
				(s) => (s.url ? hostOf(s.url) : undefined) ?? (s.kind === 'law' ? `${s.code} (law, no address)` : 'no address'),
			),
		),
	];
	console.log(`\n${page.name}  (${page.path})`);
	console.log(
		`  ${[...sourceKinds, 'no kind']
			.filter((kind) => counts.has(kind))
			.map((kind) => `${kind} ${counts.get(kind)}`)
			.join(' · ')}   primary ${primary}/${page.sources.length} (${percent(primary, page.sources.length)})`,
	);
	console.log(`  sites: ${domains.join(', ')}`);
	if (page.collection === 'guides' && primary < minPrimaryPerGuide) {
		failures.push(
			`${page.path}: ${primary} primary source${primary === 1 ? '' : 's'}; a guide needs at least ${minPrimaryPerGuide}. ` +
				'Cite the law by code and article (kind: law), the public body’s own page (kind: official) or the service’s ' +
				'operator (kind: operator) for its key claims (CONTRIBUTING.md, "Sources and reference marks").',
		);
	}
}

console.log(
	`\nSite: ${total} sources in ${pages.length} pages, ${primaryTotal} primary (${percent(primaryTotal, total)}); ` +
		`at least ${Math.round(minPrimaryShare * 100)}% must be.`,
);
if (total > 0 && primaryTotal / total < minPrimaryShare) {
	failures.push(
		`only ${percent(primaryTotal, total)} of the site's sources are primary; at least ${Math.round(minPrimaryShare * 100)}% must be. ` +
			'Replace press, blog and association sources under key claims by the law, the official page or the operator.',
	);
}
if (failures.length > 0) {
	console.error(
		`\n${failures.length} problem${failures.length === 1 ? '' : 's'}:\n${failures.map((f) => `  - ${f}`).join('\n')}`,
	);
	process.exit(1);
}
