import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { atom } from '../../src/lib/feed.ts';

describe('Atom feeds', () => {
	const feed = atom({
		title: 'Steel Roses · Updates',
		subtitle: 'Rights & health',
		lang: 'en',
		home: 'https://roses.example.org/en/',
		self: 'https://roses.example.org/en/feed.xml',
		author: "Les Roses d'Acier",
		entries: [
			{
				id: 'a',
				title: 'Old <page>',
				url: 'https://roses.example.org/en/a/',
				date: new Date(Date.UTC(2026, 0, 1)),
				summary: 'x',
			},
			{
				id: 'b',
				title: 'New',
				url: 'https://roses.example.org/en/b/',
				date: new Date(Date.UTC(2026, 10, 28)),
				summary: 'y',
			},
		],
	});

	it('list the newest entry first and date the feed by it', () => {
		const xml = parse(feed);
		expect(xml.querySelectorAll('entry id').map((e) => e.text)).toEqual(['b', 'a']);
		expect(xml.querySelector('feed > updated')?.text).toBe('2026-11-28T00:00:00.000Z');
	});

	it('escape text so the XML stays well formed', () => {
		expect(feed).toContain('<title>Old &lt;page&gt;</title>');
		expect(feed).toContain('<subtitle>Rights &amp; health</subtitle>');
	});
});
