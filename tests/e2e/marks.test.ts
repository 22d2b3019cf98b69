import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../setup/chromium.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('reference marks on a phone', () => {
	it('never start a line: at every width from 240 to 420 px, each mark sits on the line of the claim before it', async () => {
		const url = inject('urls').fixture;
		const { page, context, consoleErrors } = await openPage(browser);
		const alone: string[] = [];
		for (const path of ['zh/pep/', 'zh/police-custody/', 'fr/pep/', 'en/police-custody/']) {
			await page.goto(`${url}${path}`);
			for (let width = 240; width <= 420; width += 6) {
				await page.setViewportSize({ width, height: 740 });
				const found = await page.evaluate(() =>
					[...document.querySelectorAll('sup.ref')].flatMap((mark) => {
						// The last character before the mark: the end of the claim.
						let before: Node | null = mark.previousSibling ?? mark.parentElement?.previousSibling ?? null;
						while (before?.lastChild) before = before.lastChild;
						if (before?.nodeType !== Node.TEXT_NODE || !before.textContent) return [];
						const range = document.createRange();
						range.setStart(before, before.textContent.length - 1);
						range.setEnd(before, before.textContent.length);
						const claim = range.getBoundingClientRect();
						const own = mark.getBoundingClientRect();
						return own.top < claim.bottom && own.bottom > claim.top ? [] : [mark.textContent ?? ''];
					}),
				);
				alone.push(...found.map((mark) => `${path} at ${width}px: ${mark}`));
			}
		}
		expect(alone).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await context.close();
	}, 120_000);
});
