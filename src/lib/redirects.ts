import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lang } from '../i18n/languages.ts';
import { withBase } from './paths.ts';

/**
 * The moved addresses, declared once in `<content folder>/redirects.yaml` as `old: new` (paths inside
 * the site, without the base path). A malformed line stops the build, naming the file.
 */
export function loadRedirects(contentDir: string): Record<string, string> {
	const file = join(contentDir, 'redirects.yaml');
	if (!existsSync(file)) return {};
	const data: unknown = parse(readFileSync(file, 'utf8')) ?? {};
	const path = /^[a-z0-9-]+(\/[a-z0-9.-]+)*\/?$/;
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		throw new Error(`${file}: write one "old/address/: new/address/" per line.`);
	for (const [from, to] of Object.entries(data)) {
		if (!path.test(from) || typeof to !== 'string' || !path.test(to)) {
			throw new Error(
				`${file}: "${from}: ${String(to)}" is not "old/address/: new/address/" (paths without the base path, like zh/pep/).`,
			);
		}
	}
	return data as Record<string, string>;
}

/**
 * The `_redirects` file: each moved address with a permanent redirect, then the 404 page of each
 * language for the addresses under it (hosts that read this file serve them with status 404).
 */
export function redirectsFile(base: string, redirects: Record<string, string>, langs: readonly Lang[]): string {
	return [
		'# Generated at build time from src/content/redirects.yaml. Edit that file, not this one.',
		...Object.entries(redirects).map(([from, to]) => `${withBase(base, from)} ${withBase(base, to)} 301`),
		...langs.map((lang) => `${withBase(base, `${lang}/*`)} ${withBase(base, `${lang}/404.html`)} 404`),
		'',
	].join('\n');
}

/** Redirect pages to write as static files: `zh/old/` → `zh/old/index.html`. */
export function redirectPages(redirects: Record<string, string>): { path: string; to: string }[] {
	return Object.entries(redirects).map(([from, to]) => ({ path: from.replace(/^\/+|\/+$/g, ''), to }));
}
