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

describe.each(['root', 'based'] as const)('a reader on the %s site', (site) => {
	it('opens the Chinese home, reads a guide, switches to French on the same page and back', async () => {
		const url = inject('urls')[site];
		const base = new URL(url).pathname;
		const { page, context, consoleErrors } = await openPage(browser);
		await page.goto(url);
		await page.click('li[lang="zh-Hans"] a');
		await page.waitForURL(`${url}zh/`);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
		await page.click(`.guide-list a[href="${base}zh/police-custody/"]`);
		await page.waitForURL(`${url}zh/police-custody/`);
		await page.click('.lang-switcher a[lang="fr"]');
		await page.waitForURL(`${url}fr/police-custody/`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.locator('.lang-switcher a[aria-current]').textContent()).toBe('Français');
		await page.click('.lang-switcher a[lang="zh-Hans"]');
		await page.waitForURL(`${url}zh/police-custody/`);
		expect(consoleErrors).toEqual([]);
		await context.close();
	});
});

describe('with JavaScript off', () => {
	it('every kind of page still reads: guide, home, glossary, status, and phrase cards open full screen', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser, { javaScriptEnabled: false });
		for (const path of ['zh/pep/', 'fr/', 'en/glossary/', 'zh/translate/']) {
			const response = await page.goto(url + path);
			expect(response?.status(), path).toBe(200);
			expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(200);
		}
		await page.goto(`${url}zh/phrases/`);
		const card = page.locator('[data-phrase]').first();
		await card.locator('a.phrase-open').click();
		const box = await card.boundingBox();
		expect(box?.width).toBe(360);
		expect(box?.height).toBe(740);
		await card.locator('a.phrase-close').click();
		expect((await card.boundingBox())?.height).toBeLessThan(740);
		await context.close();
	});
});

describe('a keyboard user', () => {
	it('reaches the skip link first, then the site name, the quick exit and the language switcher', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser, { isMobile: false, hasTouch: false });
		await page.goto(`${url}zh/pep/`);
		const focused = async () =>
			page.evaluate(() => document.activeElement?.className || document.activeElement?.textContent?.trim());
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('skip-link');
		expect(await page.locator('.skip-link').isVisible()).toBe(true);
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('site-name');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('quick-exit');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).toBe('solid');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('简体中文');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');
		await context.close();
	});
});
