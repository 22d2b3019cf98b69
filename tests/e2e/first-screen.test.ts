import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { langs } from '../../src/i18n/languages.ts';
import { phone } from '../../scripts/lib/browser.ts';
import { launch, openPage } from '../setup/chromium.ts';
import { modelOf } from '../setup/model.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Every guide of the site, from the page model: each exists in every language, translated or under a fallback notice. */
const model = modelOf('root');
const guides = [
	...new Set(
		langs.flatMap((lang) => model[lang]!.pages.filter((page) => page.collection === 'guides').map((page) => page.slug)),
	),
].sort();

describe(`the first screen of a guide on a ${phone.viewport.width}×${phone.viewport.height} phone`, () => {
	it.each(langs)(
		'shows the title, the lead and the heading of the summary, with dates and tools below it, in %s',
		async (lang) => {
			const url = inject('urls').root;
			const { page, context } = await openPage(browser);
			const problems: string[] = [];
			for (const slug of guides) {
				await page.goto(`${url}${lang}/${slug}/`);
				const box = await page.evaluate(() => {
					const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
					return {
						bar: rect('.emergency')?.bottom ?? 0,
						// A translation notice stands above the article and pushes it down by its own height.
						notice: [...document.querySelectorAll('.notice')]
							.filter((notice) => notice.getBoundingClientRect().bottom <= (rect('article h1')?.top ?? 0))
							.reduce((sum, notice) => sum + notice.getBoundingClientRect().height, 0),
						title: rect('article h1')?.top ?? -1,
						lead: rect('article .lead')?.top ?? -1,
						summary: rect('#in-short') ?? { top: Infinity, bottom: Infinity },
						meta: rect('.page-meta')?.top ?? -1,
					};
				});
				const at = `${lang}/${slug}`;
				if (!(box.bar <= box.title && box.title < box.lead && box.lead < box.summary.top)) {
					problems.push(`${at}: expected the title, then the lead, then the summary, below the emergency bar`);
				}
				if (box.summary.bottom - box.notice > phone.viewport.height) {
					problems.push(`${at}: the summary's heading ends at ${Math.round(box.summary.bottom)} px, below the screen`);
				}
				if (box.meta < box.summary.top) problems.push(`${at}: the dates come before the summary`);
			}
			expect(problems).toEqual([]);
			await context.close();
		},
		// One page load per guide, on a machine the browser shares with other tests.
		180_000,
	);
});
