import { createHash } from 'node:crypto';
import { isLang, languages, langs, type Lang } from '../i18n/languages.ts';

/**
 * Translation tracking that works on a shallow clone: every translation records, in its front matter,
 * the fingerprint of the original it follows (`translation.version`). When the original's text
 * changes, its fingerprint changes and the translation is "outdated". No git history is needed.
 */

/** What of a page counts as its text: a change to any of these makes its translations outdated. */
export interface TextParts {
	title: string;
	description: string;
	summary?: readonly string[] | undefined;
	/** A law source has no title or url of its own to translate: its code and article name it. */
	sources: readonly {
		title?: string | undefined;
		url?: string | undefined;
		code?: string | undefined;
		article?: string | undefined;
	}[];
	body: string;
}

/**
 * A short, stable fingerprint of a page's text. Line endings, trailing spaces and blank lines at the
 * ends are ignored, so re-saving a file in another editor does not mark its translations outdated.
 * Dates and review status are left out: re-checking a fact does not change the text to translate.
 */
export function fingerprint(parts: TextParts): string {
	const body = parts.body
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.trim();
	const canonical = JSON.stringify([
		parts.title.trim(),
		parts.description.trim(),
		(parts.summary ?? []).map((s) => s.trim()),
		// Code and article are added only where they exist, so sources without them keep their fingerprints.
		parts.sources.map((s) => [
			(s.title ?? '').trim(),
			(s.url ?? '').trim(),
			...(s.code || s.article ? [(s.code ?? '').trim(), (s.article ?? '').trim()] : []),
		]),
		body,
	]);
	return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

/** One file of a page in one language, as the tracking needs it. */
export interface PageFile {
	lang: Lang;
	/** Present in translations only. */
	translation?: { from: Lang; version: string } | undefined;
	fingerprint: string;
}

export type Status = 'original' | 'up-to-date' | 'outdated' | 'missing';

/**
 * The status of every language of one page. The original is the file without a `translation` block;
 * a translation is up to date when the version it records is the original's current fingerprint.
 */
export function pageStatuses(files: Partial<Record<Lang, PageFile>>): Record<Lang, Status> {
	const original = Object.values(files).find((file) => file && !file.translation);
	return Object.fromEntries(
		langs.map((lang): [Lang, Status] => {
			const file = files[lang];
			if (!file) return [lang, 'missing'];
			if (!file.translation) return [lang, 'original'];
			return [lang, original && file.translation.version === original.fingerprint ? 'up-to-date' : 'outdated'];
		}),
	) as Record<Lang, Status>;
}

/**
 * The language whose text a reader of `lang` sees: her own when it exists, else the first existing one
 * in the language's fallback order, else the original. `undefined` only for a page with no file at all.
 */
export function resolveLang(lang: Lang, available: readonly Lang[], originalLang?: Lang): Lang | undefined {
	if (available.includes(lang)) return lang;
	for (const code of languages[lang].fallback) {
		if (isLang(code) && available.includes(code)) return code;
	}
	return originalLang && available.includes(originalLang) ? originalLang : available[0];
}
