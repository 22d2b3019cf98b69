/**
 * When a page's review is too old to trust without a warning, and where readers report a mistake.
 */

/** A page whose facts were last checked longer ago than this shows a notice to its readers. */
export const reviewMaxAgeMonths = 12;

/** Whether a review made on `reviewed` is older than `reviewMaxAgeMonths` on `today` (calendar months, UTC). */
export function reviewIsOld(reviewed: Date, today: Date): boolean {
	const limit = new Date(reviewed.getTime());
	limit.setUTCMonth(limit.getUTCMonth() + reviewMaxAgeMonths);
	return today.getTime() > limit.getTime();
}

/**
 * Where "report a mistake" leads: the repository's correction form with the page filled in, or, when
 * the site is built without a repository address, the site's own translate page (which explains how
 * to take part). A plain link either way: nothing is loaded from another site until the reader taps it.
 * `reportUrl({ repoUrl: 'https://github.com/o/r', pageUrl: 'https://x/fr/pep/', lang: 'fr', slug: 'pep', fallback: '/fr/translate/' })`
 * → `https://github.com/o/r/issues/new?template=correction.yml&title=…&page=https%3A%2F%2Fx%2Ffr%2Fpep%2F&language=fr`.
 */
export function reportUrl(input: {
	repoUrl: string;
	pageUrl: string;
	lang: string;
	slug: string;
	fallback: string;
}): string {
	if (!input.repoUrl) return input.fallback;
	const query = new URLSearchParams({
		template: 'correction.yml',
		title: `Correction: ${input.slug} (${input.lang})`,
		page: input.pageUrl,
		language: input.lang,
	});
	return `${input.repoUrl.replace(/\/+$/, '')}/issues/new?${query}`;
}
