import type { Lang } from '../i18n/languages.ts';
import { withBase } from './paths.ts';

/**
 * The `_redirects` file: each moved address with a permanent redirect, then the 404 page of each
 * language for the addresses under it (hosts that read this file serve them with status 404).
 */
export function redirectsFile(base: string, redirects: Record<string, string>, langs: readonly Lang[]): string {
	return [
		'# Generated at build time from src/data/redirects.ts. Edit that file, not this one.',
		...Object.entries(redirects).map(([from, to]) => `${withBase(base, from)} ${withBase(base, to)} 301`),
		...langs.map((lang) => `${withBase(base, `${lang}/*`)} ${withBase(base, `${lang}/404.html`)} 404`),
		'',
	].join('\n');
}

/** Redirect pages to write as static files: `zh/old/` → `zh/old/index.html`. */
export function redirectPages(redirects: Record<string, string>): { path: string; to: string }[] {
	return Object.entries(redirects).map(([from, to]) => ({ path: from.replace(/^\/+|\/+$/g, ''), to }));
}
