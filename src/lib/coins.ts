/**
 * A COinS ContextObject (OpenURL 1.0 in a `<span class="Z3988" title="…">`), which Zotero reads before
 * any other metadata of a page. Zotero's own parser (`parseContextObject`, zotero/utilities openurl.js)
 * makes of it:
 * - a Web Page, from the Dublin Core format `rft_val_fmt=info:ofi/fmt:kev:mtx:dc`;
 * - a single-field, institutional author from `rft.aucorp` (a name in `rft.au` or any meta tag is split
 *   into first and last names: "Les Roses" / "d'Acier");
 * - the title from `rft.title`, the website title from `rft.source`, the date from `rft.date`, the
 *   language from `rft.language`, the rights from `rft.rights`;
 * - the address from `rft.identifier`: `rft_id` would set it too, but then Zotero blanks the access
 *   date it otherwise fills in.
 */
export interface CoinsInput {
	title: string;
	author: string;
	site: string;
	date: Date;
	lang: string;
	url: string;
	rights: string;
}

/**
 * A value as Zotero decodes it (`decodeURIComponent`, after reading `+` as a space): only the characters
 * that would cut or change it are percent-encoded, so Chinese stays three bytes a character, not nine.
 */
const encode = (value: string) => value.replace(/[%&=+#]/g, (char) => encodeURIComponent(char));

/** The `title` of the COinS span. */
export function coins(item: CoinsInput): string {
	const pairs: [string, string][] = [
		['ctx_ver', 'Z39.88-2004'],
		['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
		['rft.title', item.title],
		['rft.aucorp', item.author],
		['rft.source', item.site],
		['rft.date', item.date.toISOString().slice(0, 10)],
		['rft.language', item.lang],
		['rft.identifier', item.url],
		['rft.rights', item.rights],
	];
	return pairs.map(([key, value]) => `${key}=${encode(value)}`).join('&');
}
