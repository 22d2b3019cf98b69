import { readMdx } from './body-text.ts';
import { pageReferences, type PageReferences } from './references.ts';
import type { Source } from './sources.ts';

/** The entry fields the references need (an Astro content entry has them all). */
interface EntryText {
	id: string;
	collection: string;
	body?: string | undefined;
	data: { sources: readonly Source[]; summary?: readonly string[] | undefined };
}

const cache = new Map<string, PageReferences>();

/**
 * The numbered sources and placed marks of one content file, read from its body with the same walk as
 * the MDX plugin, so the "in short" box and the source list agree with the marks in the text.
 */
export function referencesOf(entry: EntryText): PageReferences {
	const key = `${entry.collection}/${entry.id}`;
	let references = cache.get(key);
	if (!references) {
		references = pageReferences(entry.data.sources, entry.data.summary, readMdx(entry.body ?? '').refs);
		cache.set(key, references);
	}
	return references;
}
