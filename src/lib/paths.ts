import { isLang, type Lang } from '../i18n/languages.ts';

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

/** The language of a path of the site (`/roses/fr/prep/` → `fr`), or undefined outside any language. */
export function langFromPath(base: string, pathname: string): Lang | undefined {
	const head = base.endsWith('/') ? base : `${base}/`;
	if (!pathname.startsWith(head)) return undefined;
	const segment = pathname.slice(head.length).split('/')[0] ?? '';
	return isLang(segment) ? segment : undefined;
}

/** The same page in another language: swaps the language segment of a path of the site. */
export function switchLang(base: string, pathname: string, to: Lang): string {
	const from = langFromPath(base, pathname);
	if (!from) return pagePath(base, to);
	const head = base.endsWith('/') ? base : `${base}/`;
	return head + to + pathname.slice(head.length + from.length);
}

/** An absolute URL from the site URL and a path that already carries the base. */
export function absoluteUrl(site: string, path: string): string {
	return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
