import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { quickExitUrl } from '../../src/lib/config.ts';
import { qrPath } from '../../src/lib/qr.ts';
import { launch, openPage } from '../setup/chromium.ts';
import { builtPages, isRedirect } from '../setup/dist.ts';
import { startHost } from '../setup/host.ts';
import { siteUrl } from '../setup/sites.ts';
import { nothingStored, storedData } from '../setup/storage.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The neutral site is not reached in tests (no network): the browser gets a local stand-in. */
async function neutralSite(context: import('playwright-core').BrowserContext) {
	await context.route(`${quickExitUrl}**`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Météo</title>' }),
	);
}

describe('the quick exit', () => {
	it('leaves at once for the neutral site, and Back does not return to the page', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await neutralSite(context);
		await page.goto(`${url}zh/`);
		await page.goto(`${url}zh/after-an-assault/`);
		await page.click('a.quick-exit');
		await page.waitForURL(`${quickExitUrl}**`);
		await page.goBack();
		expect(page.url()).toBe(`${url}zh/`);
		await context.close();
	});

	it('also leaves when Escape is pressed twice', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await neutralSite(context);
		await page.goto(`${url}fr/`);
		await page.goto(`${url}fr/police-custody/`);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.waitForURL(`${quickExitUrl}**`);
		await page.goBack();
		expect(page.url()).toBe(`${url}fr/`);
		await context.close();
	});

	it('is a plain link that works without JavaScript, on every page', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser, { javaScriptEnabled: false });
		await neutralSite(context);
		await page.goto(`${url}en/pep/`);
		expect(await page.locator('a.quick-exit').isVisible()).toBe(true);
		await page.click('a.quick-exit');
		await page.waitForURL(`${quickExitUrl}**`);
		// Every page but the instant redirects: the language chooser and every 404 included.
		for (const built of builtPages('root').filter((p) => !isRedirect(p))) {
			expect(built.root.querySelector('a.quick-exit')?.getAttribute('href'), built.path).toBe(quickExitUrl);
			expect(built.root.querySelector('a[data-forget]')?.getAttribute('href'), built.path).toBe(quickExitUrl);
			expect(built.root.querySelector('nav.emergency a[href="tel:17"]'), built.path).not.toBeNull();
		}
		await context.close();
	});

	it('removes what the site stored, as far as it can, before leaving', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await neutralSite(context);
		await page.goto(`${url}en/`);
		await page.locator('[data-offline-save] button').click();
		await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 60_000 }).toMatch(/\d/);
		expect((await storedData(page)).caches.length).toBeGreaterThan(0);
		await page.click('a.quick-exit');
		await page.waitForURL(`${quickExitUrl}**`);
		const after = await context.newPage();
		await after.goto(`${url}en/`);
		expect(await storedData(after)).toEqual(nothingStored);
		await context.close();
	});

	it('is on the language chooser and on the 404 every host falls back to, with Escape twice and "forget"', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await neutralSite(context);
		await page.goto(url);
		await page.goto(`${url}no/such/page/`);
		expect(await page.locator('a.quick-exit').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.waitForURL(`${quickExitUrl}**`);
		await page.goBack();
		expect(page.url()).toBe(url);
		expect(await page.locator('a[data-forget]').isVisible()).toBe(true);
		await page.locator('a[data-forget]').click();
		await page.waitForURL(`${quickExitUrl}**`);
		await context.close();
	});
});

describe('framing', () => {
	it("a page shown inside another site's frame hides itself, on a host that sends no headers (GitHub Pages)", async () => {
		const host = await startHost(inject('urls').root);
		const { page, context } = await openPage(browser);
		// Another site, on another port of the same machine: another origin.
		const framer = createServer((_, response) =>
			response
				.writeHead(200, { 'Content-Type': 'text/html' })
				.end(`<!doctype html><title>Other site</title><iframe src="${host.url}zh/pep/"></iframe>`),
		);
		await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
		await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
		const frame = page.frames().find((f) => f.url().startsWith(host.url))!;
		await frame.waitForLoadState('load');
		await expect.poll(() => frame.evaluate(() => document.documentElement.hidden)).toBe(true);
		// Not framed, the same page shows.
		await page.goto(`${host.url}zh/pep/`);
		expect(await page.locator('h1').isVisible()).toBe(true);
		await context.close();
		await host.close();
		framer.close();
	});
});

describe('privacy', () => {
	// One test per page, so a failure names its page; one browser context for all, as one reader would.
	let watched: Awaited<ReturnType<typeof openPage>>;
	beforeAll(async () => {
		watched = await openPage(browser);
	});
	afterAll(async () => {
		await watched?.context.close();
	});

	it.each(builtPages('root').map((p) => p.path))(
		'%s requests nothing from another origin and sets no cookie',
		async (path) => {
			const origin = new URL(inject('urls').root).origin;
			const { page, context, requests, consoleErrors } = watched;
			const before = requests.length;
			await page.goto(`${origin}${path}`, { waitUntil: 'load' });
			const made = requests.slice(before);
			expect(made.length).toBeGreaterThan(0);
			expect(made.filter((r) => new URL(r).origin !== origin)).toEqual([]);
			expect(await context.cookies()).toEqual([]);
			expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
		},
	);

	it('a search requests nothing from another origin either', async () => {
		const url = inject('urls').root;
		const origin = new URL(url).origin;
		const { page, context, requests, consoleErrors } = watched;
		const before = requests.length;
		// Search loads its index files after the page: the requests made after loading.
		await page.goto(`${url}zh/search/?q=${encodeURIComponent('检测')}`);
		await page.waitForSelector('.search-results li');
		const made = requests.slice(before);
		expect(made.some((r) => new URL(r).pathname.startsWith('/search/zh/'))).toBe(true);
		expect(made.filter((r) => new URL(r).origin !== origin)).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
	});
});

describe('small screens', () => {
	it.each(builtPages('root').map((p) => p.path))('%s does not scroll sideways at 320 px wide', async (path) => {
		const origin = new URL(inject('urls').root).origin;
		const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
		await page.goto(`${origin}${path}`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, `${path} is ${overflow}px too wide`).toBe(0);
		await context.close();
	});

	it('Chinese body text is at least 18 px with a generous line height', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}zh/prep/`);
		const style = await page.evaluate(() => {
			const p = document.querySelector('.content p')!;
			const s = getComputedStyle(p);
			return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
		});
		expect(style.size).toBeGreaterThanOrEqual(18);
		expect(style.line).toBeGreaterThanOrEqual(1.7);
		await context.close();
	});
});

describe('phrase cards', () => {
	it('open full screen, French in very large type, with the Chinese meaning still visible', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser);
		await page.goto(`${url}zh/phrases/`);
		const card = page.locator('[data-phrase]').nth(2);
		await card.locator('a.phrase-open').click();
		// The card fills the screen on :target; a busy machine may take seconds to lay it out.
		await expect.poll(async () => (await card.boundingBox())?.height, { timeout: 10_000 }).toBeGreaterThanOrEqual(740);
		const sizes = await card.evaluate((element) => ({
			french: parseFloat(getComputedStyle(element.querySelector('.phrase-fr')!).fontSize),
			meaning: element.querySelector('.phrase-meaning')?.getBoundingClientRect().height ?? 0,
			lang: element.querySelector('.phrase-fr')?.getAttribute('lang'),
			meaningLang: element.querySelector('.phrase-meaning')?.getAttribute('lang'),
		}));
		expect(sizes.french).toBeGreaterThanOrEqual(32);
		expect(sizes.meaning).toBeGreaterThan(0);
		expect(sizes.lang).toBe('fr');
		expect(sizes.meaningLang).toBe('zh-Hans');
		await page.keyboard.press('Escape');
		await expect.poll(async () => (await card.boundingBox())?.height).toBeLessThan(740);
		await context.close();
	});
});

describe('print', () => {
	it('turns a guide into a clean leaflet: no navigation, link addresses written out, a QR code to the page', async () => {
		const url = inject('urls').root;
		const { page, context, requests } = await openPage(browser, {
			viewport: { width: 800, height: 1000 },
			isMobile: false,
			hasTouch: false,
		});
		await page.goto(`${url}fr/filing-a-complaint/`);
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		// The QR code is a file fetched to print, not on a visit, even read to the end.
		expect(requests.filter((request) => request.endsWith('/qr.svg'))).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'.site-header',
			'nav.emergency',
			'.site-footer',
			'.quick-exit',
			'.cite-box',
			'.page-tools',
			// The version stays in the page's dates; its history is for the screen.
			'.changes',
		]) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		const qr = page.locator('.print-qr img');
		expect(await qr.isVisible()).toBe(true);
		const svg = await (await page.request.get(new URL((await qr.getAttribute('src'))!, page.url()).href)).text();
		expect(svg).toContain(`d="${qrPath(`${siteUrl}/fr/filing-a-complaint/`).d}"`);
		const after = await page.evaluate(() => {
			const link = document.querySelector('.sources a[href^="http"]')!;
			return getComputedStyle(link, '::after').content;
		});
		expect(after).toMatch(/^" \(https?:\/\/.+\)"$/);
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		console.log(`fr/filing-a-complaint prints on ${pages} A4 page(s)`);
		expect(pages).toBeLessThanOrEqual(3);
		// Printing fetched the code, so the leaflet has it.
		expect(requests.filter((request) => request.endsWith('/fr/filing-a-complaint/qr.svg')).length).toBeGreaterThan(0);
		await context.close();
	});

	it('prints the phrase cards as a Chinese–French sheet side by side', async () => {
		const url = inject('urls').root;
		const { page, context } = await openPage(browser, {
			viewport: { width: 800, height: 1000 },
			isMobile: false,
			hasTouch: false,
		});
		await page.goto(`${url}zh/phrases/`);
		await page.evaluate(() => document.documentElement.classList.add('print-bilingual'));
		await page.emulateMedia({ media: 'print' });
		const card = page.locator('[data-phrase]').first();
		const [fr, zh] = await Promise.all([
			card.locator('.phrase-fr').boundingBox(),
			card.locator('.phrase-meaning').boundingBox(),
		]);
		expect(zh!.x).toBeGreaterThan(fr!.x + fr!.width - 1);
		expect(Math.abs(zh!.y - fr!.y)).toBeLessThan(5);
		expect(await page.locator('.in-short').isVisible()).toBe(false);
		await context.close();
	});
});

describe('read aloud', () => {
	it('is offered only where the phone itself has a voice for the page’s language', async () => {
		const url = inject('urls').root;
		// A voice of the language that is not on the phone would send the text to a server: it does not count.
		const none = await openPage(browser);
		await none.context.addInitScript(() => {
			speechSynthesis.getVoices = () => [
				{ lang: 'zh-CN', name: 'Google', default: true, localService: false, voiceURI: 'g' },
			];
		});
		await none.page.goto(`${url}zh/pep/`);
		expect(await none.page.locator('[data-read-aloud]').isVisible()).toBe(false);
		await none.context.close();

		const withVoice = await openPage(browser);
		await withVoice.context.addInitScript(() => {
			const spoken: string[] = [];
			(window as unknown as { spoken: string[] }).spoken = spoken;
			speechSynthesis.getVoices = () => [
				{ lang: 'zh-CN', name: 'Chinese', default: true, localService: true, voiceURI: 'zh' },
			];
			speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push(`${u.lang}:${u.text}`);
		});
		await withVoice.page.goto(`${url}zh/pep/`);
		const button = withVoice.page.locator('[data-read-aloud]');
		expect(await button.isVisible()).toBe(true);
		await button.click();
		// The reading code is fetched on the tap: wait for the speech, not for a fixed time.
		const spokenNow = () => withVoice.page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
		await expect.poll(async () => (await spokenNow()).length, { timeout: 10_000 }).toBeGreaterThan(5);
		expect((await spokenNow())[0]).toBe(`zh-Hans:${await withVoice.page.locator('h1').textContent()}`);
		await withVoice.context.close();
	});
});
