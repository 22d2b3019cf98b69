/** An Atom feed of pages added or updated, newest first (RFC 4287). */

export interface FeedEntry {
	/** A permanent, unique id: the page's URL plus what happened and when. */
	id: string;
	title: string;
	url: string;
	date: Date;
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
	entries: readonly FeedEntry[];
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atom(feed: Feed): string {
	const entries = [...feed.entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
	const updated = (entries[0]?.date ?? new Date(0)).toISOString();
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.lang)}">`,
		`  <title>${escape(feed.title)}</title>`,
		`  <subtitle>${escape(feed.subtitle)}</subtitle>`,
		`  <id>${escape(feed.self)}</id>`,
		`  <link rel="self" href="${escape(feed.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escape(feed.home)}"/>`,
		`  <updated>${updated}</updated>`,
		`  <author><name>${escape(feed.author)}</name></author>`,
		...entries.map((entry) =>
			[
				'  <entry>',
				`    <id>${escape(entry.id)}</id>`,
				`    <title>${escape(entry.title)}</title>`,
				`    <link rel="alternate" type="text/html" href="${escape(entry.url)}"/>`,
				`    <updated>${entry.date.toISOString()}</updated>`,
				`    <summary>${escape(entry.summary)}</summary>`,
				'  </entry>',
			].join('\n'),
		),
		'</feed>',
		'',
	].join('\n');
}
