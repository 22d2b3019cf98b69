import type { Lang } from '../i18n/languages.ts';

/** A term as said in one language, with a plain explanation. */
export interface GlossaryEntry {
	/** The term as pages write it; its id's term in `src/i18n/terms/<lang>.yaml` (a test compares them). */
	term: string;
	/** A shorter form for later mentions and for showing beside another language's term: `OQTF`, `PASS`. */
	short?: string;
	definition: string;
}

/**
 * The glossary's shape: every term has its French original (`fr`: the word readers hear in France);
 * other languages may be missing (the status page lists them) and then show the French.
 */
export type Glossary = Record<string, { fr: GlossaryEntry } & Partial<Record<Lang, GlossaryEntry>>>;

/**
 * Where a `<Term>` stands on its page: its first mention, a later one, or alone between brackets
 * (`急救（<Term id="samu" />）`, where the brackets are already the writer's).
 */
export type Mention = 'first' | 'again' | 'bracketed';

/** A piece of a term's text, with `lang: 'fr'` where it is the French original. */
export interface TermPart {
	text: string;
	lang?: 'fr';
}

/** The brackets a language puts around a word in another language: full-width in Chinese. */
function brackets(lang: Lang): { open: string; separator: string; close: string } {
	return lang === 'zh' ? { open: '（', separator: '，', close: '）' } : { open: ' (', separator: ', ', close: ')' };
}

/**
 * The text of a glossary term on a page: the first mention gives the French once, in its short form and
 * without doubling it or nesting brackets; later mentions give the term alone.
 * `termParts(samu, 'zh', 'first')` → 急救中心（SAMU）; `'again'` → 急救中心; `'bracketed'` → SAMU.
 * `slot` is the writer's own wording, shown instead of the term.
 */
export function termParts(entry: Glossary[string], lang: Lang, mention: Mention, slot?: string): TermPart[] {
	const french = entry.fr.short ?? entry.fr.term;
	const local = lang === 'fr' ? undefined : entry[lang];
	if (slot !== undefined && (mention !== 'first' || !local)) return [{ text: slot }];
	if (!local) return [{ text: mention === 'first' ? entry.fr.term : french, lang: 'fr' }];
	if (mention === 'bracketed') return [{ text: french, lang: 'fr' }];
	if (mention === 'again') return [{ text: local.short ?? local.term }];
	const text = slot ?? local.term;
	if (text.toLowerCase().includes(french.toLowerCase())) return [{ text }];
	const { open, separator, close } = brackets(lang);
	if (text.endsWith(close)) {
		return [{ text: text.slice(0, -close.length) + separator }, { text: french, lang: 'fr' }, { text: close }];
	}
	return [{ text: text + open }, { text: french, lang: 'fr' }, { text: close }];
}
