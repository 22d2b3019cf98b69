import type { Lang } from '../i18n/languages.ts';

/**
 * Joins the site's base path and a path inside the site, with exactly one slash between them.
 * `withBase('/roses/', 'zh/prep/')` → `/roses/zh/prep/`; `withBase('/', '/')` → `/`.
 */
export function withBase(base: string, path: string): string {
	const head = base.endsWith('/') ? base : `${base}/`;
	return head + path.replace(/^\/+/, '');
}

/**
 * The path of a page of the site in one language, with the base path.
 * `pagePath('/roses/', 'fr', 'prep')` → `/roses/fr/prep/`; without a slug, the language's home.
 * A slug may end with a file name (`feed.xml`), which gets no trailing slash.
 */
export function pagePath(base: string, lang: Lang, slug = ''): string {
	const rest = slug.replace(/^\/+|\/+$/g, '');
	if (!rest) return withBase(base, `${lang}/`);
	return withBase(base, /\.[a-z]+$/.test(rest) ? `${lang}/${rest}` : `${lang}/${rest}/`);
}

/** An absolute URL from the site URL and a path that already carries the base. */
export function absoluteUrl(site: string, path: string): string {
	return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
