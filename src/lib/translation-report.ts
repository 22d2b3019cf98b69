import { glossary } from '../data/glossary.ts';
import { defaultLang, type Lang } from '../i18n/languages.ts';
import { missingKeys, ui, type UIKey } from '../i18n/ui.ts';
import type { Status } from './translation.ts';

/**
 * The translation status shown to translators, the same on the site's "Help translate" page and in
 * `npm run translations`: every page in every language, then the interface strings and the glossary.
 */

export interface StatusRow {
	slug: string;
	collection: string;
	originalLang: Lang;
	status: Record<Lang, Status>;
}

export type Counts = Record<Status, number>;

/** How many pages of one language are original, up to date, outdated and missing. */
export function countStatuses(rows: readonly StatusRow[], lang: Lang): Counts {
	const counts: Counts = { original: 0, 'up-to-date': 0, outdated: 0, missing: 0 };
	for (const row of rows) counts[row.status[lang]]++;
	return counts;
}

/** Interface strings of `lang` that are missing, or left identical to the default language's. */
export function uiReport(lang: Lang): { missing: UIKey[]; same: UIKey[] } {
	if (lang === defaultLang) return { missing: [], same: [] };
	const source = ui[defaultLang];
	const same = (Object.keys(source) as UIKey[]).filter((key) => ui[lang][key] === source[key]);
	return { missing: missingKeys(lang), same };
}

/** Glossary terms with no entry in `lang` (they show the French term and definition instead). */
export function glossaryMissing(lang: Lang): string[] {
	if (lang === 'fr') return [];
	return Object.entries(glossary)
		.filter(([, entry]) => !(lang in entry))
		.map(([id]) => id);
}

/** Whether anything is left to do in `lang`, for `npm run translations -- --strict`. */
export function isComplete(rows: readonly StatusRow[], lang: Lang): boolean {
	const counts = countStatuses(rows, lang);
	const strings = uiReport(lang);
	return (
		counts.outdated === 0 && counts.missing === 0 && strings.missing.length === 0 && glossaryMissing(lang).length === 0
	);
}
