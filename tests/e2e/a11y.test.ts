import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../setup/chromium.ts';
import { builtPages } from '../setup/dist.ts';

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

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	it.each(['zh', 'fr', 'en', 'root'])(
		'finds no violation on any page of %s',
		async (lang) => {
			const url = inject('urls').root;
			const origin = new URL(url).origin;
			// axe is injected as an inline script, which the site's own CSP rightly forbids: the test bypasses it.
			const { page, context } = await openPage(browser, { bypassCSP: true });
			const problems: string[] = [];
			const pages = builtPages('root').filter((p) =>
				lang === 'root' ? !/^\/(zh|fr|en)\//.test(p.path) : p.path.startsWith(`/${lang}/`),
			);
			for (const built of pages) {
				await page.goto(`${origin}${built.path}`);
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
				for (const v of violations as AxeViolation[])
					problems.push(`${built.path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			}
			expect(problems).toEqual([]);
			await context.close();
		},
		300_000,
	);
});
