import { langs, type Lang } from '../i18n/languages.ts';
import { basePath } from './config.ts';
import { pagePath } from './paths.ts';

/** One route per language, for the pages that exist once in each (home, search, glossary, status…). */
export function languageRoutes() {
	return langs.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** The path of one page of the site in every language: `pathsInEveryLanguage('search')` → `{ zh: '/zh/search/', … }`. */
export function pathsInEveryLanguage(slug = ''): Record<Lang, string> {
	return Object.fromEntries(langs.map((lang) => [lang, pagePath(basePath, lang, slug)])) as Record<Lang, string>;
}
