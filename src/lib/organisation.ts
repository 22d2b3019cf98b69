/**
 * The organisation's names, in one place: the author and publisher of every page, in citations,
 * metadata, feeds and structured data.
 */

/** The association's own name (French), the author of every page in Latin script. */
export const orgName = "Les Roses d'Acier";

/** Its names in the other languages it uses. */
export const orgAlternateNames = ['铿锵玫瑰', 'Steel Roses'] as const;

/** The name it signs with where a language writes it in its own script: 铿锵玫瑰 in Chinese. */
const ownScriptNames: Readonly<Record<string, string>> = { zh: '铿锵玫瑰' };

/**
 * The author of a page in a language: the same name in every metadata layer of one page (cite box,
 * CSL-JSON, Zotero's COinS, Dublin Core), so that a reference manager never files two authors.
 */
export function authorIn(lang: string): string {
	return ownScriptNames[lang] ?? orgName;
}
