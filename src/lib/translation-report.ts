import { glossary } from '../data/glossary.ts';
import { defaultLang, type Lang } from '../i18n/languages.ts';
import { missingKeys, ui, uiCopyOf, type UIKey } from '../i18n/ui.ts';
import { statuses, type Status } from './page-model.ts';

/**
 * The translation status shown to translators, the same on the site's "Help translate" page and in
 * `npm run translations`: every page in every language (from the page model), then the interface
 * strings and the glossary.
 */

export type Counts = Record<Status, number>;

/** How many pages of one language are original, up to date, outdated, not translated yet and missing. */
export function countStatuses(pages: readonly { views: Readonly<Record<Lang, { status: Status }>> }[], lang: Lang) {
	const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Counts;
	for (const page of pages) counts[page.views[lang].status]++;
	return counts;
}

/**
 * The interface strings of `lang`: keys missing, keys left identical to the language they were
 * copied from (else to the default language's), and that language while the file is still marked
 * as an untranslated copy (`npm run add-language` marks it).
 */
export function uiReport(lang: Lang): { missing: UIKey[]; same: UIKey[]; copyOf: Lang | undefined } {
	const copyOf = uiCopyOf[lang];
	if (lang === defaultLang) return { missing: [], same: [], copyOf };
	const source = ui[copyOf ?? defaultLang];
	const same = (Object.keys(source) as UIKey[]).filter((key) => ui[lang][key] === source[key]);
	return { missing: missingKeys(lang), same, copyOf };
}

/** Glossary terms with no entry in `lang` (they show the French term and definition instead). */
export function glossaryMissing(lang: Lang): string[] {
	if (lang === 'fr') return [];
	return Object.entries(glossary)
		.filter(([, entry]) => !(lang in entry))
		.map(([id]) => id);
}

/** Whether anything is left to do in `lang`, for `npm run translations -- --strict`. */
export function isComplete(pages: Parameters<typeof countStatuses>[0], lang: Lang): boolean {
	const counts = countStatuses(pages, lang);
	const strings = uiReport(lang);
	return (
		counts.outdated === 0 &&
		counts['not-translated'] === 0 &&
		counts.missing === 0 &&
		strings.missing.length === 0 &&
		strings.copyOf === undefined &&
		glossaryMissing(lang).length === 0
	);
}
