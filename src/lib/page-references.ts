import { readMdx } from './body-text.ts';
import { pageReferences, type BodyRef, type PageReferences } from './references.ts';
import type { Source } from './sources.ts';

/** The entry fields the references need (an Astro content entry has them all). */
interface EntryText {
	id: string;
	collection: string;
	body?: string | undefined;
	data: { sources: readonly Source[]; summary?: readonly string[] | undefined };
}

const cache = new Map<string, PageReferences>();
/** Marks already read from each entry's body, by entry: the build's claims checks read every body once. */
const bodyRefs = new Map<string, readonly BodyRef[]>();

const keyOf = (entry: Pick<EntryText, 'collection' | 'id'>) => `${entry.collection}/${entry.id}`;

/**
 * Hands over the marks and figures the build's checks read from an entry's body (src/lib/site.ts), so
 * that rendering the page does not parse its MDX once more.
 */
export function rememberBodyRefs(entry: Pick<EntryText, 'collection' | 'id'>, refs: readonly BodyRef[]): void {
	bodyRefs.set(keyOf(entry), refs);
}

/**
 * The numbered sources and placed marks of one content file, read from its body with the same walk as
 * the MDX plugin, so the "in short" box and the source list agree with the marks in the text.
 */
export function referencesOf(entry: EntryText): PageReferences {
	const key = keyOf(entry);
	let references = cache.get(key);
	if (!references) {
		const refs = bodyRefs.get(key) ?? readMdx(entry.body ?? '').refs;
		references = pageReferences(entry.data.sources, entry.data.summary, refs);
		cache.set(key, references);
	}
	return references;
}
