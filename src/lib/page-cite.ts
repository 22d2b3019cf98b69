import { isLang, languages, type Lang } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/ui.ts';
import { citedInEnglish, type CiteInput, type StyleId } from './cite.ts';
import { siteUrl } from './config.ts';
import { authorIn } from './organisation.ts';
import { absoluteUrl } from './paths.ts';
import { pathsInEveryLanguage } from './routes.ts';
import type { FileData } from './page-model.ts';

/**
 * What the citations read of a page of the page model (src/lib/page-model.ts), from Astro's
 * collections (src/lib/site.ts) or from disk: its name, and for each language the title and last
 * update of the text read there. `citedPages` keeps only this of a whole model.
 */
export interface CitedPage {
	slug: string;
	views: Readonly<
		Record<Lang, { textLang: Lang; fallback: boolean; file: { data: Pick<FileData, 'title' | 'updated'> } }>
	>;
}

/** Only what the citations read of each page, so that a long build does not hold every file's text for them. */
export function citedPages(pages: readonly CitedPage[]): CitedPage[] {
	return pages.map(({ slug, views }) => ({
		slug,
		views: Object.fromEntries(
			Object.entries(views).map(([lang, { textLang, fallback, file }]) => [
				lang,
				{ textLang, fallback, file: { data: { title: file.data.title, updated: file.data.updated } } },
			]),
		) as CitedPage['views'],
	}));
}

/**
 * What the citations of a page cite, for a reader of `lang`: the text she reads (hers or a fallback),
 * at her address. The cite box and the downloadable CSL-JSON and RIS files both start here.
 */
export function citeInputOf(page: CitedPage, lang: Lang): Omit<CiteInput, 'accessed' | 'section'> {
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

/** The words of a cite box, in the language of the text cited: its buttons and the scope line. */
export type CiteBoxStrings = Record<'copy' | 'copied' | 'scope' | 'page' | 'section', string>;

/**
 * Everything a page's cite box needs to write its citations in the browser (today's date, the section
 * opened): what is cited, what the box calls each style, and its words. The box's own HTML carries only
 * the citations a reader can select without JavaScript; its script fetches this, as `cite-box.json`
 * beside the page, when the box is opened.
 */
export function citeBoxOf(page: CitedPage, lang: Lang) {
	const input = citeInputOf(page, lang);
	const t = useTranslations(page.views[lang].textLang);
	const inEnglish = (style: string) => (citedInEnglish(input.lang) ? t('cite.inEnglish', { style }) : style);
	/** Standards keep their names; the others are in the page's language. */
	const labels: Record<StyleId, string> = {
		gbt7714: 'GB/T 7714-2015',
		apa: inEnglish('APA 7'),
		'apa-in-text': inEnglish(t('cite.apaInText')),
		mla: inEnglish('MLA 9'),
		'mla-in-text': inEnglish(t('cite.mlaInText')),
		'chicago-note': inEnglish(t('cite.chicagoNote')),
		'chicago-bibliography': inEnglish(t('cite.chicagoBibliography')),
		biblatex: 'BibLaTeX',
		bibtex: 'BibTeX',
		'csl-json': 'CSL-JSON',
		ris: 'RIS',
	};
	const strings: CiteBoxStrings = {
		copy: t('cite.copy'),
		copied: t('cite.copied'),
		scope: t('cite.sectionScope'),
		page: t('cite.citePage'),
		section: t('cite.citeSection'),
	};
	return { input, labels, strings };
}

/** A cite box's data as its script reads it from `cite-box.json` (dates as ISO strings). */
export type CiteBoxData = Omit<ReturnType<typeof citeBoxOf>, 'input'> & {
	input: Omit<CiteInput, 'accessed' | 'section' | 'updated'> & { updated: string };
};
