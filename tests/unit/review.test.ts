import { describe, expect, it } from 'vitest';
import { reportUrl, reviewIsOld } from '../../src/lib/review.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('a review', () => {
	it('is old more than 12 months after it was made', () => {
		expect(reviewIsOld(day('2025-11-28'), day('2026-11-28'))).toBe(false);
		expect(reviewIsOld(day('2025-11-27'), day('2026-11-28'))).toBe(true);
		expect(reviewIsOld(day('2026-06-01'), day('2026-11-28'))).toBe(false);
	});
});

describe('reporting a mistake', () => {
	it('opens the correction form with the page filled in', () => {
		const url = new URL(
			reportUrl({
				repoUrl: 'https://github.com/o/r/',
				pageUrl: 'https://x.org/fr/pep/',
				lang: 'fr',
				slug: 'pep',
				fallback: '/fr/translate/',
			}),
		);
		expect(`${url.origin}${url.pathname}`).toBe('https://github.com/o/r/issues/new');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			template: 'correction.yml',
			title: 'Correction: pep (fr)',
			page: 'https://x.org/fr/pep/',
			language: 'fr',
		});
	});

	it('leads to the site’s own page when no repository is known', () => {
		expect(reportUrl({ repoUrl: '', pageUrl: 'x', lang: 'fr', slug: 'pep', fallback: '/fr/translate/' })).toBe(
			'/fr/translate/',
		);
	});
});
