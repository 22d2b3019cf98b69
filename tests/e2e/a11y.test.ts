import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../setup/chromium.ts';
import { builtPages } from '../setup/dist.ts';
import { addedLanguage } from '../setup/sites.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Every page of the real site, and the pages of the language added in the test site that adds one. */
const targets = [
	...builtPages('root').map((page) => ({ site: 'root' as const, path: page.path })),
	...builtPages('added')
		.filter((page) => page.path.startsWith(`/${addedLanguage.code}/`))
		.map((page) => ({ site: 'added' as const, path: page.path })),
];

// One test per address, so that a failure names its page and a slow page delays no other.
describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		// axe is injected as an inline script, which the site's own CSP rightly forbids: the test bypasses it.
		({ page, context } = await openPage(browser, { bypassCSP: true }));
	});
	afterAll(async () => {
		await context?.close();
	});

	it.each(targets)('finds no violation on $site $path', async ({ site, path }) => {
		await page.goto(new URL(path, inject('urls')[site]).href);
		await page.addScriptTag({ content: axeSource });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
				}
			).axe;
			const result = await axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
			});
			return result.violations.map((v) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				nodes: v.nodes.map((n) => ({ target: n.target })),
			}));
		});
		const problems = (violations as AxeViolation[]).map(
			(v) => `${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
		expect(problems).toEqual([]);
	});
});
