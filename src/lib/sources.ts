import {
	kindMeanings,
	lawSite,
	officialSites,
	primaryKinds,
	servicePublicBase,
	sourceKinds,
	type SourceKind,
} from '../data/source-kinds.ts';

/**
 * The rules of a page's sources, as pure functions: what each kind needs, which addresses are
 * accepted, how a source is named in a citation. The content schema, the figures and
 * `npm run sources` all use them, so a source means the same everywhere.
 */

/** One source as the front matter and `src/data/figures.ts` write it. */
export interface Source {
	/** Lowercase letters, digits and hyphens; the same in every language of a page. */
	id: string;
	kind: SourceKind;
	/** Law only: the code or text (`Code pénal`, `CESEDA`). */
	code?: string | undefined;
	/** Law only: the article as the code writes it (`L425-1`, `63-4-2`). */
	article?: string | undefined;
	title?: string | undefined;
	publisher?: string | undefined;
	url?: string | undefined;
	consulted: Date;
}

/** What is wrong with one field of a source, and what to write instead. */
export interface SourceProblem {
	field: 'id' | 'kind' | 'code' | 'article' | 'title' | 'publisher' | 'url';
	message: string;
}

export const sourceIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `L425-1`, `R. 425-1`, `63-4-2`, `225-5`, `1er`, `132-11 bis`: an article as codes and laws number them. */
const articlePattern =
	/^(?:(?:LO|[LRDA])\.?\s?)?\d+(?:er)?(?:-\d+)*(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?$/;

/** Whether `kind` is one a key claim can rest on (law, official, operator). */
export function isPrimary(kind: SourceKind): boolean {
	return primaryKinds.includes(kind);
}

/** The host of an address without `www.`, lower case: `https://www.Ameli.fr/x` → `ameli.fr`. */
export function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname
			.toLowerCase()
			.replace(/\.$/, '')
			.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}

/** The official site (a key of `officialSites`) that `host` belongs to, subdomains included. */
export function officialSiteOf(host: string): string | undefined {
	return Object.keys(officialSites).find((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The Service-Public fiche that an address on another site copies, or undefined. Town halls and
 * associations republish fiches as `…?xml=F2532` or `…/F2532`; the number names the original.
 * `servicePublicCopy('https://mairie.fr/demarches?xml=F1524')` → `F1524`.
 */
export function servicePublicCopy(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	const host = hostOf(url) ?? '';
	if (host === 'service-public.fr' || host.endsWith('service-public.fr') || host.endsWith('service-public.gouv.fr')) {
		return undefined;
	}
	let query = parsed.search;
	try {
		query = decodeURIComponent(query);
	} catch {
		// A malformed escape: read the query as written.
	}
	const inQuery = /[?&][^=&]*\bxml\]?=([FNR]\d{2,6})\b/i.exec(query);
	if (inQuery) return inQuery[1]!.toUpperCase();
	const inPath = parsed.pathname.split('/').find((segment) => /^F\d{3,6}(?:\.html?)?$/i.test(segment));
	return inPath ? inPath.replace(/\.html?$/i, '').toUpperCase() : undefined;
}

/** The address of a Service-Public fiche on its own site: `F2532` → `https://www.service-public.gouv.fr/…/F2532`. */
export function servicePublicUrl(fiche: string): string {
	return `${servicePublicBase}${fiche}`;
}

/** Problems of an address: not https, or a copy of an official page on another site. */
function urlProblems(url: string, kind: SourceKind): SourceProblem[] {
	const shown = url.length > 80 ? `${url.slice(0, 77)}…` : url;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return [
			{ field: 'url', message: `url "${shown}" is not a web address. Write the full address, starting with https://.` },
		];
	}
	if (parsed.protocol !== 'https:') {
		return [
			{
				field: 'url',
				message:
					`url "${shown}" starts with "${parsed.protocol}": a source must be a web page reached with https://. ` +
					'Write the address starting with https:// (javascript:, data:, tel:, mailto: and http: addresses are not accepted).',
			},
		];
	}
	const fiche = servicePublicCopy(url);
	if (fiche) {
		return [
			{
				field: 'url',
				message:
					`url "${shown}" is a copy of the Service-Public fiche ${fiche} on ${hostOf(url)}. A copy is never a source: ` +
					`cite the original, url: ${servicePublicUrl(fiche)} with kind: official and publisher: Service-Public.fr.`,
			},
		];
	}
	const host = hostOf(url) ?? '';
	if (kind === 'official' && !officialSiteOf(host)) {
		return [
			{
				field: 'kind',
				message:
					`kind is "official", but ${host} is not a public body's own site (the official sites are listed in ` +
					'src/data/source-kinds.ts). If this page copies an official page, cite the original on the official site; ' +
					`if ${host} runs the service or hotline, write kind: operator; otherwise write kind: ngo, research or press.`,
			},
		];
	}
	return [];
}

/**
 * Every problem of one source, each message starting with the field's name and saying what to write. Empty when the source is sound.
 * Called by the content schema after it has checked the types.
 */
export function sourceProblems(source: Partial<Omit<Source, 'consulted'>> & { kind: SourceKind }): SourceProblem[] {
	const problems: SourceProblem[] = [];
	const has = (value: string | undefined) => typeof value === 'string' && value.trim() !== '';
	if (source.kind === 'law') {
		if (!has(source.code)) {
			problems.push({
				field: 'code',
				message:
					'code is missing: a law source names its code or text, e.g. code: Code pénal ' +
					'(or CESEDA, Code de procédure pénale, Code de la santé publique).',
			});
		}
		if (!has(source.article)) {
			problems.push({
				field: 'article',
				message: 'article is missing: write the article as the code writes it, e.g. article: "L425-1".',
			});
		} else if (!articlePattern.test(source.article!.trim())) {
			problems.push({
				field: 'article',
				message:
					`article "${source.article}" is not an article number. Write only the number, as the code writes it, ` +
					'e.g. "L425-1", "63-4-2", "225-5"; put what it is about in title.',
			});
		}
		if (has(source.url)) {
			const host = hostOf(source.url!);
			if (host !== lawSite && !host?.endsWith(`.${lawSite}`)) {
				problems.push({
					field: 'url',
					message:
						'url: a law is cited by its code and article; its url may only be the Légifrance page of that exact article ' +
						'(https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI…). Remove url, or cite the other page as a ' +
						'source of its own with its kind.',
				});
			} else {
				problems.push(...urlProblems(source.url!, 'law'));
			}
		}
		return problems;
	}
	if (!has(source.title)) {
		problems.push({ field: 'title', message: "title is missing: write the document's title as the page writes it." });
	}
	if (!has(source.publisher)) {
		problems.push({
			field: 'publisher',
			message: 'publisher is missing: write who published the page, e.g. publisher: Service-Public.fr.',
		});
	}
	if (!has(source.url)) {
		problems.push({
			field: 'url',
			message: `url is missing: write the page's full address, starting with https:// (only a law source may have none; ${source.kind} is ${kindMeanings[source.kind]}).`,
		});
	} else {
		problems.push(...urlProblems(source.url!, source.kind));
	}
	return problems;
}

/** Ids used twice in one list of sources, to report (`[a, b, a]` → `['a']`). */
export function duplicateIds(sources: readonly { id: string }[]): string[] {
	const seen = new Set<string>();
	const twice = new Set<string>();
	for (const { id } of sources) (seen.has(id) ? twice : seen).add(id);
	return [...twice];
}

/** How a citation names a source: `Code pénal, art. 611-1`, or the document's title. */
export function citationOf(source: Pick<Source, 'kind' | 'code' | 'article' | 'title'>): string {
	return source.kind === 'law' ? `${source.code}, art. ${source.article}` : (source.title ?? '');
}

const simplify = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');

/** An address reduced to what names a page: no scheme, `www.`, trailing slash or fragment. */
function pageKey(url: string): string {
	try {
		const parsed = new URL(url);
		return `${hostOf(url)}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
	} catch {
		return url;
	}
}

/**
 * Whether two sources cite the same thing: the same article of the same code, or the same page.
 * A figure's source that a page already lists is then shown once.
 */
export function sameSource(a: Source, b: Source): boolean {
	if (a.kind === 'law' && b.kind === 'law') {
		return simplify(a.code ?? '') === simplify(b.code ?? '') && simplify(a.article ?? '') === simplify(b.article ?? '');
	}
	return !!a.url && !!b.url && pageKey(a.url) === pageKey(b.url);
}

/** Every kind, for messages: `law, official, operator, ngo, research, press`. */
export const kindList = sourceKinds.join(', ');
