import { createHash } from 'node:crypto';

/** An Atom feed of pages added or updated, newest first (RFC 4287). */

export interface FeedEntry {
	/** A permanent, unique id (`feedId`): never the page's address, which can move. */
	id: string;
	title: string;
	url: string;
	date: Date;
	/** When the page was first published (the entry of a change note keeps the page's). */
	published: Date;
	summary: string;
}

export interface Feed {
	title: string;
	subtitle: string;
	lang: string;
	/** The site's home in this language, and this feed's own address. */
	home: string;
	self: string;
	author: string;
	/** The feed's own permanent id (`feedId`). */
	id: string;
	/** The author's address (the home page) and the site's icon, both absolute. */
	authorUri: string;
	icon: string;
	/** The licence of the text, as `<rights>` says it. */
	rights: string;
	entries: readonly FeedEntry[];
}

/**
 * The namespace of the site's feed ids: a random UUID made once for this site, never to change. An id
 * made from it and a name stays the same when the site moves to another domain or base path, as RFC
 * 4287 §4.2.6 requires ("MUST NOT change ... when the document is relocated").
 */
const feedNamespace = '710c5cec-2950-436c-b481-61fc8ce9d617';

/**
 * A permanent Atom id: a name-based UUID (RFC 9562 version 5) of `name` in the site's namespace, as
 * `urn:uuid:…`. The names say what happened to which page in which language, never where it lives:
 * `feed/fr`, `police-custody/fr/published/2026-11-28`, `police-custody/fr/changed/2026-11-30/1`.
 */
export function feedId(name: string): string {
	const namespace = Buffer.from(feedNamespace.replaceAll('-', ''), 'hex');
	const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The names of a page's change notes (newest first, as written): each note its own entry, even two on
 * the same day, numbered from the oldest of that day so that adding a note never renames older ones.
 */
export function changeNames(prefix: string, changes: readonly { date: Date }[]): string[] {
	const day = (date: Date) => date.toISOString().slice(0, 10);
	return changes.map((change, i) => {
		const sameDayOlder = changes.slice(i + 1).filter((other) => day(other.date) === day(change.date)).length;
		return `${prefix}/changed/${day(change.date)}/${sameDayOlder + 1}`;
	});
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atom(feed: Feed): string {
	// The newest 100, sorted before they are cut so that a new entry is never the one left out.
	const entries = [...feed.entries]
		.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id))
		.slice(0, 100);
	const updated = (entries[0]?.date ?? new Date(0)).toISOString();
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.lang)}">`,
		`  <title>${escape(feed.title)}</title>`,
		`  <subtitle>${escape(feed.subtitle)}</subtitle>`,
		`  <id>${escape(feed.id)}</id>`,
		`  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escape(feed.home)}"/>`,
		`  <updated>${updated}</updated>`,
		`  <author><name>${escape(feed.author)}</name><uri>${escape(feed.authorUri)}</uri></author>`,
		`  <icon>${escape(feed.icon)}</icon>`,
		`  <rights>${escape(feed.rights)}</rights>`,
		...entries.map((entry) =>
			[
				'  <entry>',
				`    <id>${escape(entry.id)}</id>`,
				`    <title>${escape(entry.title)}</title>`,
				`    <link rel="alternate" type="text/html" href="${escape(entry.url)}"/>`,
				`    <published>${entry.published.toISOString()}</published>`,
				`    <updated>${entry.date.toISOString()}</updated>`,
				`    <summary>${escape(entry.summary)}</summary>`,
				'  </entry>',
			].join('\n'),
		),
		'</feed>',
		'',
	].join('\n');
}
