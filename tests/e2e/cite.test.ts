import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../setup/chromium.ts';
import { siteNames, siteUrl } from '../setup/sites.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Today as the French long date the citations write ("1er" on the first of a month). */
const frenchToday = () =>
	new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric' })
		.format(new Date())
		.replace(/^1 /, '1er ');

describe('cite this page', () => {
	it('puts today’s date where a style asks for one and copies rich text with a plain-text fallback', async () => {
		const url = inject('urls').root;
		const { page, context, consoleErrors } = await openPage(browser, {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		await page.goto(`${url}fr/police-custody/`);
		const box = page.locator('details.cite-box');
		await box.locator('summary').click();
		await expect
			.poll(() => box.locator('[data-style="bibtex"]').textContent())
			.toContain(`Consulté le ${frenchToday()}`);
		const apa = box.locator('[data-style="apa"]');
		expect(await apa.textContent()).toContain(`${siteUrl}/fr/police-custody/`);
		expect(await apa.locator('i').textContent(), 'the title in italics').toContain('Garde à vue');
		await box.locator('button.copy').first().click();
		const copied = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
			return { html: await read('text/html'), text: await read('text/plain') };
		});
		expect(copied.text).toBe(await apa.textContent());
		// The browser writes the no-break space as &nbsp; in the HTML it puts on the clipboard.
		expect(copied.html).toMatch(/<i>Garde à vue(\u00a0|&nbsp;): quels sont vos droits[\u202f ]\?<\/i>/);
		expect(await box.locator('button.copy').first().textContent()).toBe('Copié');
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('cites the section the page was opened at, and switches back to the whole page', async () => {
		const url = inject('urls').root;
		const { page, context, consoleErrors } = await openPage(browser);
		await page.goto(`${url}fr/police-custody/#lawyer`);
		const heading = (await page.locator('h2#lawyer').evaluate((h) => h.firstChild?.textContent ?? '')).trim();
		expect(heading.length).toBeGreaterThan(3);
		const box = page.locator('details.cite-box');
		await box.locator('summary').click();
		const note = box.locator('[data-style="chicago-note"]');
		await expect.poll(() => note.textContent()).toContain(`section «\u00a0${heading}\u00a0»`);
		expect(await note.textContent()).toContain(`${siteUrl}/fr/police-custody/#lawyer.`);
		expect(await box.locator('[data-style="apa-in-text"]').textContent()).toContain(heading);
		expect(await box.locator('.cite-scope').textContent()).toContain(heading);
		// Back to the whole page: no section, no fragment, no in-text line.
		await box.locator('.cite-scope button').click();
		await expect.poll(() => note.textContent()).not.toContain('#lawyer');
		expect(await note.textContent()).not.toContain(heading);
		expect(await box.locator('[data-style="apa-in-text"]').count()).toBe(0);
		// And to the section again.
		await box.locator('.cite-scope button').click();
		await expect.poll(() => note.textContent()).toContain('#lawyer');
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('is plain selectable text without JavaScript', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${url}zh/pep/`);
		await page.locator('details.cite-box summary').click();
		expect(await page.locator('[data-style="gbt7714"]').textContent()).toMatch(
			/^铿锵玫瑰\. .+\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[2026-11-28\]\. https:\/\/roses\.example\.org\/zh\/pep\/\.$/,
		);
		expect(await page.locator('[data-style="apa"] i').count()).toBe(1);
		expect(await page.locator('button.copy').count()).toBe(0);
		await context.close();
	});
});

describe('a moved address', () => {
	it('lands on the new page at the same section', async () => {
		if (!siteNames.includes('fixture')) return;
		const url = inject('urls').fixture;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}zh/emergency-treatment/#where`);
		await page.waitForURL(/\/zh\/pep\/#where$/);
		expect(new URL(page.url()).hash).toBe('#where');
		await context.close();
	});
});
