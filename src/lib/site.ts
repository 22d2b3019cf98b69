import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../i18n/languages.ts';
import { contentDir } from './config.ts';
import { checkContent, contentError, locate } from './content-checks.ts';
import { readRawFiles } from './content-files.ts';
import { buildPages, type ContentFile, type Page as ModelPage, type View } from './page-model.ts';
import { rememberBodyRefs } from './page-references.ts';
import { checkClaims, type ClaimsFile } from './reference-checks.ts';

/**
 * The pages of the build: Astro's content collections fed to the page model (src/lib/page-model.ts).
 * Every route asks `getPages()`, which checks the content and builds the model once per build; a
 * problem stops the build with every message at once.
 */

export type Entry = CollectionEntry<'guides'> | CollectionEntry<'pages'>;

/** A content file of the build: the model's fields, and the collection entry that renders it. */
export interface SiteFile extends ContentFile<Lang> {
	data: Entry['data'];
	entry: Entry;
}

/** One page of the site: the same slug in every language. */
export type Page = ModelPage<Lang, SiteFile>;

/** What a reader of one language gets for one page. */
export type PageView = View<Lang, SiteFile>;

export { topics, type Topic } from './page-model.ts';

async function load(): Promise<Page[]> {
	const raws = readRawFiles(contentDir);
	const problems = checkContent(raws);
	if (problems.length > 0) throw contentError(problems);
	const entries: Entry[] = [...(await getCollection('guides')), ...(await getCollection('pages'))];
	const files = entries.map((entry): SiteFile => {
		const where = locate(entry.id);
		// The checks above name every misplaced file; an entry Astro found elsewhere still stops here.
		if ('problem' in where) throw contentError([`${entry.filePath ?? entry.id}: ${where.problem}`]);
		const path = (entry.filePath ?? entry.id).replace(/^\.\//, '');
		return { collection: entry.collection, ...where, path, data: entry.data, body: entry.body ?? '', entry };
	});
	const pages = buildPages(files, languages);
	for (const page of pages) {
		for (const view of Object.values<PageView>(page.views)) {
			if (view.status !== 'not-translated') continue;
			console.warn(
				`[content] ${view.own?.path}: not translated yet, so readers get the ${languages[view.textLang].name} ` +
					`text under a notice: ${view.reason}.`,
			);
		}
	}
	const claims = checkClaims(claimsFiles(pages, new Map(raws.map((file) => [resolve(file.path), file.raw]))));
	for (const warning of claims.warnings) console.warn(`warning: ${warning}`);
	if (claims.errors.length > 0) throw contentError(claims.errors);
	for (const file of files) {
		const refs = claims.refs.get(file.path);
		if (refs) rememberBodyRefs(file.entry, refs);
	}
	return pages;
}

/** Every file of every page with what the claims checks read (src/lib/reference-checks.ts, issue #10). */
function claimsFiles(pages: readonly Page[], raws: ReadonlyMap<string, string>): ClaimsFile[] {
	return pages.flatMap((page) =>
		Object.values<PageView>(page.views).flatMap((view) => {
			const file = view.own;
			if (!file) return [];
			const { title, description, summary, sources } = file.data;
			const raw = raws.get(resolve(file.path));
			// Never check an empty text silently: the claims checks need the file as written.
			if (raw === undefined) throw new Error(`${file.path}: the content checks did not read this file.`);
			return [
				{
					path: file.path,
					collection: file.collection,
					lang: view.lang,
					slug: page.slug,
					raw,
					title,
					description,
					summary,
					sourceIds: sources.map((source) => source.id),
					status: view.status,
				},
			];
		}),
	);
}

let site: Promise<Page[]> | undefined;

/** Every page of the site, checked, in reading order (by `order`, then slug). Loaded once per build. */
export function getPages(): Promise<Page[]> {
	site ??= load();
	return site;
}

/** What a reader of `lang` sees of `page`: her translation, or the fallback text under a notice. */
export function viewOf(page: Page, lang: Lang): PageView {
	return page.views[lang];
}
