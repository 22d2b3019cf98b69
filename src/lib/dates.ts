import { languages, type Lang } from '../i18n/languages.ts';
import { dateFormat } from './intl.ts';

/** `2026-11-28` for a date (in UTC, as front matter dates are calendar days). */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** A calendar day in the language's own long format: 2026年11月28日, 28 novembre 2026, November 28, 2026. */
export function formatDate(date: Date, lang: Lang): string {
	return dateFormat(languages[lang].tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Parses a front matter date written `YYYY-MM-DD` into a Date at midnight UTC, or returns undefined
 * when the text is not such a date or not a real day (`2026-02-30`). Never rolls over silently.
 */
export function parseIsoDate(text: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!match) return undefined;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}
