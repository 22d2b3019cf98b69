import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { langs, type Lang } from '../i18n/languages.ts';
import { checkContent, contentError, locate } from './content-checks.ts';
import { checkClaims, type ClaimsFile } from './reference-checks.ts';
import { fingerprint, pageStatuses, resolveLang, type Status } from './translation.ts';

/**
 * All reads of the content collections, in one place. Every route asks `getSite()`, which loads and
 * checks the content once per build; a problem stops the build with every message at once.
 */

export type Entry = CollectionEntry<'guides'> | CollectionEntry<'pages'>;
export type Topic = 'rights' | 'health' | 'safety' | 'about';
export const topics: readonly Topic[] = ['rights', 'health', 'safety', 'about'];

/** One page of the site: the same slug in every language. */
export interface Page {
	slug: string;
	collection: Entry['collection'];
	topic: Topic;
	/** The language the page was written in (its file has no `translation` block). */
	originalLang: Lang;
	files: Partial<Record<Lang, Entry>>;
	fingerprints: Partial<Record<Lang, string>>;
	status: Record<Lang, Status>;
}

/** What a reader of one language gets for one page. */
export interface PageView {
	page: Page;
	/** The reader's language: the URL's and the interface's. */
	lang: Lang;
	/** The file whose text is shown: hers, or a fallback. */
	entry: Entry;
	/** The language of the text shown (differs from `lang` on a fallback page). */
	textLang: Lang;
	status: Status;
	/** On an outdated translation: the original, and its changes since the translation's date. */
	original: Entry;
	changesSince: { date: Date; note: string }[];
}

export function langOf(entry: Entry): Lang {
	const where = locate(entry.id);
	if ('problem' in where) throw new Error(`${entry.filePath}: ${where.problem}`);
	return where.lang;
}

export function slugOf(entry: Entry): string {
	return entry.id
		.split('/')
		.at(-1)!
		.replace(/\.mdx?$/, '');
}

export function topicOf(entry: Entry): Topic {
	return entry.collection === 'guides' ? entry.data.topic : 'about';
}

async function load(): Promise<Page[]> {
	const entries: Entry[] = [...(await getCollection('guides')), ...(await getCollection('pages'))];
	const files = await Promise.all(
		entries.map(async (entry) => ({
			collection: entry.collection,
			id: entry.id,
			path: entry.filePath ?? entry.id,
			raw: entry.filePath ? await readFile(entry.filePath, 'utf8') : '',
		})),
	);
	const problems = checkContent(files);
	if (problems.length > 0) throw contentError(problems);

	const bySlug = new Map<string, Entry[]>();
	for (const entry of entries) bySlug.set(slugOf(entry), [...(bySlug.get(slugOf(entry)) ?? []), entry]);

	const pages = [...bySlug].map(([slug, group]): Page => {
		const files: Partial<Record<Lang, Entry>> = {};
		const fingerprints: Partial<Record<Lang, string>> = {};
		for (const entry of group) {
			const lang = langOf(entry);
			files[lang] = entry;
			fingerprints[lang] = fingerprint({ ...entry.data, body: entry.body ?? '' });
		}
		const original = group.find((entry) => !entry.data.translation)!;
		const status = pageStatuses(
			Object.fromEntries(
				group.map((entry) => [
					langOf(entry),
					{ lang: langOf(entry), translation: entry.data.translation, fingerprint: fingerprints[langOf(entry)]! },
				]),
			),
		);
		return {
			slug,
			collection: original.collection,
			topic: topicOf(original),
			originalLang: langOf(original),
			files,
			fingerprints,
			status,
		};
	});
	const claims = checkClaims(claimsFiles(pages, new Map(files.map((file) => [file.path, file.raw]))));
	for (const warning of claims.warnings) console.warn(`warning: ${warning}`);
	if (claims.errors.length > 0) throw contentError(claims.errors);
	return pages.sort((a, b) => order(a) - order(b) || a.slug.localeCompare(b.slug));
}

/** Every file of every page with what the claims checks read (src/lib/reference-checks.ts, issue #10). */
function claimsFiles(pages: readonly Page[], raws: ReadonlyMap<string, string>): ClaimsFile[] {
	return pages.flatMap((page) =>
		langs.flatMap((lang) => {
			const entry = page.files[lang];
			if (!entry) return [];
			const path = entry.filePath ?? entry.id;
			const { title, description, summary, sources } = entry.data;
			const sourceIds = sources.map((source) => source.id);
			return [
				{
					path,
					collection: entry.collection,
					lang,
					slug: page.slug,
					raw: raws.get(path) ?? '',
					title,
					description,
					summary,
					sourceIds,
					status: page.status[lang],
				},
			];
		}),
	);
}

function order(page: Page): number {
	return page.files[page.originalLang]?.data.order ?? 100;
}

let site: Promise<Page[]> | undefined;

/** Every page of the site, checked, in reading order (by `order`, then slug). Loaded once per build. */
export function getPages(): Promise<Page[]> {
	site ??= load();
	return site;
}

/** What a reader of `lang` sees for `page`: her translation, or the fallback text. */
export function viewOf(page: Page, lang: Lang): PageView {
	const available = langs.filter((l) => page.files[l]);
	const textLang = resolveLang(lang, available, page.originalLang)!;
	const entry = page.files[textLang]!;
	const original = page.files[page.originalLang]!;
	const status = page.status[lang];
	const since = entry.data.updated.getTime();
	return {
		page,
		lang,
		entry,
		textLang,
		status,
		original,
		changesSince: status === 'outdated' ? original.data.changes.filter((change) => change.date.getTime() > since) : [],
	};
}
