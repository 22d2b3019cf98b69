import { isLang, languages, type Lang } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { CiteInput } from './cite.ts';
import { siteUrl } from './config.ts';
import { authorIn } from './organisation.ts';
import { absoluteUrl } from './paths.ts';
import { pathsInEveryLanguage } from './routes.ts';
import type { Page } from './site.ts';

/**
 * What the citations of a page cite, for a reader of `lang`: the text she reads (hers or a fallback),
 * at her address. The cite box and the downloadable CSL-JSON and RIS files both start here.
 */
export function citeInputOf(page: Page, lang: Lang): Omit<CiteInput, 'accessed' | 'section'> {
	const { file, textLang } = page.views[lang];
	const t = useTranslations(textLang);
	// English-language citations of a page in another language add the English version's title.
	const english = isLang('en') ? page.views.en : undefined;
	return {
		lang: textLang,
		tag: languages[textLang].tag,
		title: file.data.title,
		author: authorIn(textLang),
		site: t('site.name'),
		url: absoluteUrl(siteUrl, pathsInEveryLanguage(page.slug)[lang]),
		updated: file.data.updated,
		key: `roses-acier-${page.slug}-${textLang}`,
		english: english && {
			site: useTranslations('en')('site.name'),
			title: english.fallback ? undefined : english.file.data.title,
		},
	};
}
