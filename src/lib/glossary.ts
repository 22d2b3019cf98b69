import type { Lang } from '../i18n/languages.ts';

/** A term as said in one language, with a plain explanation. */
export interface GlossaryEntry {
	term: string;
	definition: string;
}

/**
 * The glossary's shape: every term has its French original (`fr`: the word readers hear in France);
 * other languages may be missing (the status page lists them) and then show the French.
 */
export type Glossary = Record<string, { fr: GlossaryEntry } & Partial<Record<Lang, GlossaryEntry>>>;

/**
 * A term's entry in one language, or undefined when it has none yet. Read through the glossary's
 * type, where every language but French is optional, so a language added to the list needs no entry.
 */
export function termIn(term: Glossary[string], lang: Lang): GlossaryEntry | undefined {
	return term[lang];
}
