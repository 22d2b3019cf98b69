import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../../src/lib/files.ts';
import { builtPath } from '../../src/lib/paths.ts';
import { siteDir, sites, type SiteName } from './sites.ts';

/** One built HTML page: its file, the path a browser asks for (with the base), and its parsed tree. */
export interface BuiltPage {
	file: string;
	path: string;
	html: string;
	root: HTMLElement;
}

const cache = new Map<SiteName, BuiltPage[]>();

/** Every file of a built site, relative to its folder, with forward slashes. */
export function builtFiles(name: SiteName): string[] {
	return listFiles(siteDir(name));
}

/** Every HTML page of a built site, parsed once per test file. */
export function builtPages(name: SiteName): BuiltPage[] {
	const cached = cache.get(name);
	if (cached) return cached;
	const dir = siteDir(name);
	const pages = builtFiles(name)
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const html = readFileSync(join(dir, file), 'utf8');
			return { file, path: builtPath(sites[name].base, file), html, root: parse(html) };
		});
	cache.set(name, pages);
	return pages;
}

export function builtPage(name: SiteName, path: string): BuiltPage {
	const page = builtPages(name).find((p) => p.path === path);
	if (!page) throw new Error(`No built page at ${path} in the ${name} site`);
	return page;
}

export function readBuilt(name: SiteName, file: string): string {
	return readFileSync(join(siteDir(name), file), 'utf8');
}

/** Whether a built page is the static redirect of a moved address, not a page in its own right. */
export function isRedirect(page: BuiltPage): boolean {
	return !!page.root.querySelector('meta[http-equiv="refresh"]');
}
