import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { atom, changeNames, feedId } from '../../src/lib/feed.ts';

describe('Atom feeds', () => {
	const feed = atom({
		title: 'Steel Roses · Updates',
		subtitle: 'Rights & health',
		lang: 'en',
		home: 'https://roses.example.org/en/',
		self: 'https://roses.example.org/en/feed.xml',
		author: "Les Roses d'Acier",
		id: feedId('feed/en'),
		authorUri: 'https://roses.example.org/en/about-us/',
		icon: 'https://roses.example.org/favicon.svg',
		rights: 'CC BY 4.0 https://creativecommons.org/licenses/by/4.0/',
		entries: [
			{
				id: 'a',
				title: 'Old <page>',
				url: 'https://roses.example.org/en/a/',
				date: new Date(Date.UTC(2026, 0, 1)),
				published: new Date(Date.UTC(2026, 0, 1)),
				summary: 'x',
			},
			{
				id: 'b',
				title: 'New',
				url: 'https://roses.example.org/en/b/',
				date: new Date(Date.UTC(2026, 10, 28)),
				published: new Date(Date.UTC(2026, 0, 1)),
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

	it('say who publishes them, under which licence, and that they are Atom', () => {
		const xml = parse(feed);
		expect(xml.querySelector('feed > rights')?.text).toContain('CC BY 4.0');
		expect(xml.querySelector('feed > author > uri')?.text).toBe('https://roses.example.org/en/about-us/');
		expect(xml.querySelector('feed > link[rel="self"]')?.getAttribute('type')).toBe('application/atom+xml');
		expect(xml.querySelector('entry published')?.text).toBe('2026-01-01T00:00:00.000Z');
	});
});

describe('feed ids', () => {
	it('are name-based UUIDs that name the page and the event, never an address', () => {
		const id = feedId('police-custody/fr/published/2026-11-28');
		expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(feedId('police-custody/fr/published/2026-11-28')).toBe(id);
		expect(feedId('police-custody/en/published/2026-11-28')).not.toBe(id);
		// Pinned: a change of the namespace or of the hashing would renumber every entry of every reader.
		expect(feedId('feed/fr')).toBe('urn:uuid:c47cc54a-7f6b-592e-9fe3-44796adc02fb');
	});

	it('give two change notes of the same day their own entries, and keep older ones when a note is added', () => {
		const day = (d: number) => ({ date: new Date(Date.UTC(2026, 10, d)) });
		const two = changeNames('prep/zh', [day(30), day(30), day(28)]);
		expect(two).toEqual([
			'prep/zh/changed/2026-11-30/2',
			'prep/zh/changed/2026-11-30/1',
			'prep/zh/changed/2026-11-28/1',
		]);
		const three = changeNames('prep/zh', [day(30), day(30), day(30), day(28)]);
		expect(three.slice(1)).toEqual(two);
	});
});
