import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../setup/chromium.ts';
import { siteUrl } from '../setup/sites.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('cite this page', () => {
	it('gives today’s date as the access date and copies a citation with one tap', async () => {
		const url = inject('urls').root;
		const { page, context, consoleErrors } = await openPage(browser, {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		await page.goto(`${url}fr/police-custody/`);
		const box = page.locator('details.cite-box');
		await box.locator('summary').click();
		const apa = box.locator('[data-style="APA 7"]');
		const today = new Date();
		const french = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric' })
			.format(today)
			.replace(/^1 /, '1er ');
		await expect.poll(() => apa.textContent()).toContain(`Consulté le ${french}`);
		expect(await apa.textContent()).toContain(`${siteUrl}/fr/police-custody/`);
		await box.locator('button.copy').first().click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.textContent());
		expect(await box.locator('button.copy').first().textContent()).toBe('Copié');
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('is plain selectable text without JavaScript', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${url}zh/pep/`);
		await page.locator('details.cite-box summary').click();
		expect(await page.locator('[data-style="GB/T 7714"]').textContent()).toMatch(
			/^铿锵玫瑰（Les Roses d'Acier）\. .+\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[2026-11-28\]\. https:\/\/roses\.example\.org\/zh\/pep\/\.$/,
		);
		expect(await page.locator('button.copy').count()).toBe(0);
		await context.close();
	});
});
