import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, parseIsoDate } from '../../src/lib/dates.ts';

describe('dates', () => {
	const day = new Date(Date.UTC(2026, 10, 28));

	it('writes a day in each language’s own format', () => {
		expect(formatDate(day, 'zh')).toBe('2026年11月28日');
		expect(formatDate(day, 'fr')).toBe('28 novembre 2026');
		expect(formatDate(day, 'en')).toBe('November 28, 2026');
		expect(isoDate(day)).toBe('2026-11-28');
	});

	it('parses only real days written YYYY-MM-DD, never rolling over', () => {
		expect(parseIsoDate('2026-11-28')?.getTime()).toBe(day.getTime());
		expect(parseIsoDate('2026-02-30')).toBeUndefined();
		expect(parseIsoDate('2026-13-01')).toBeUndefined();
		expect(parseIsoDate('28/11/2026')).toBeUndefined();
		expect(parseIsoDate('2024-02-29')).toBeDefined();
	});
});
