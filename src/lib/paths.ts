import { isLang, type Lang } from '../i18n/languages.ts';

/**
 * The site's base path from a setting as written (`roses`, `/roses`, `/roses/`, empty): always with a
 * slash at both ends. `normalizeBase('roses')` → `/roses/`; `normalizeBase('')` → `/`.
 */
export function normalizeBase(value = '/'): string {
	const inner = value.replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/**
 * Joins the site's base path and a path inside the site, with exactly one slash between them.
 * `withBase('/roses/', 'zh/prep/')` → `/roses/zh/prep/`; `withBase('/', '/')` → `/`.
 */
export function withBase(base: string, path: string): string {
	const head = base.endsWith('/') ? base : `${base}/`;
	return head + path.replace(/^\/+/, '');
}

/**
 * The address path of a built file, with the base path: a page's folder for its `index.html`.
 * `builtPath('/roses/', 'zh/prep/index.html')` → `/roses/zh/prep/`; `builtPath('/', 'index.html')` → `/`.
 */
export function builtPath(base: string, file: string): string {
	return withBase(base, file.replace(/(^|\/)index\.html$/, '$1'));
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

/**
 * The language of a content file, from the folder it is in: `src/content/guides/fr/prep.mdx` → `fr`;
 * undefined when that folder is no language of the list.
 */
export function langOfFile(path: string): Lang | undefined {
	const folder = path.split(/[\\/]/).at(-2) ?? '';
	return isLang(folder) ? folder : undefined;
}

/**
 * The language of an address of the site, from its first segment under the base path:
 * `langOfUrl('/roses/', '/roses/fr/prep/')` → `fr`; undefined for the root chooser and site-wide files.
 */
export function langOfUrl(base: string, path: string): Lang | undefined {
	if (!path.startsWith(base)) return undefined;
	const first = path.slice(base.length).split('/')[0] ?? '';
	return isLang(first) ? first : undefined;
}
