import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../i18n/languages.ts';
import { checkBuiltPage, parseBuiltPage } from './built-html.ts';
import { builtPath } from './paths.ts';
import { buildSearchIndex } from './search-index.ts';
import { searchPageOf } from './search-page.ts';
import { searchVocabulary } from './search-words.ts';

/**
 * The last step of the build over the built pages (src/integrations/site-files.ts runs it): each page is
 * read and parsed once, for its checks (src/lib/built-html.ts: the build stops when a page could run
 * code, redirect, dial an unlisted number or load from elsewhere) and, for a language's pages, for that
 * language's search index (src/lib/search-index.ts, written to `search/<lang>/`). Only a page's
 * `data-search-body` is indexed (src/lib/search-page.ts), so fallback pages, which have none, stay out.
 * The work comes in parts, one per language and one for the pages of no language, so that each part can
 * run in a worker of its own.
 */

/** One part of the built pages: a language's, checked and indexed, or those of no language, checked. */
export interface PagesPart {
	/** The built site's folder. */
	out: string;
	/** The site's base path. */
	base: string;
	/** The HTML files of the part, relative to `out`. */
	files: string[];
	/** The language whose index the part writes; none for the pages of no language. */
	lang?: Lang | undefined;
}

export interface PartResult {
	/** Every problem of the part's pages, one message each. */
	problems: string[];
	/** How many pages were checked. */
	checked: number;
	/** For a language: what its index holds, for the build's log. */
	index?: string;
}

/**
 * Checks and indexes one part. A page is read when the index comes to it and dropped after: the index
 * keeps its postings, not its text or tree.
 */
export function checkAndIndexPart({ out, base, files, lang }: PagesPart): PartResult {
	const problems: string[] = [];
	const check = (file: string) => {
		const tree = parseBuiltPage(readFileSync(join(out, file), 'utf8'));
		problems.push(...checkBuiltPage(file, tree, base));
		return tree;
	};
	if (lang === undefined) {
		for (const file of files) check(file);
		return { problems, checked: files.length };
	}
	function* searchPages() {
		for (const file of files) {
			const page = searchPageOf(check(file), builtPath(base, file));
			if (page) yield page;
		}
	}
	const { meta, files: written } = buildSearchIndex(searchPages(), searchVocabulary(lang));
	for (const [name, text] of written) {
		const path = join(out, 'search', lang, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
	return { problems, checked: files.length, index: `${lang} ${meta.pages} pages in ${meta.files} term files` };
}
