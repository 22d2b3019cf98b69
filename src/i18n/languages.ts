/**
 * The one list of the site's languages. `npm run add-language -- <code> "<name>"` adds an entry here
 * (one line per language, which the script rewrites) and its UI strings file in `src/i18n/ui/`; see
 * docs/adding-a-language.md.
 */
export interface LanguageConfig {
	/** BCP 47 tag used in `lang` and `hreflang`. */
	tag: string;
	/** The language's own name, shown in the language switcher. */
	name: string;
	/** Open Graph locale (language_TERRITORY), for link previews. */
	ogLocale: string;
	/** Text direction. */
	dir: 'ltr' | 'rtl';
	/**
	 * Languages whose text is shown, in this order, when a page has no translation in this one; after
	 * them, the page's original. Each must be another language of the list (checked below and by the
	 * page model, so a typo is an error).
	 */
	fallback: readonly string[];
}

export const languages = {
	zh: { tag: 'zh-Hans', name: '简体中文', ogLocale: 'zh_CN', dir: 'ltr', fallback: ['fr', 'en'] },
	fr: { tag: 'fr', name: 'Français', ogLocale: 'fr_FR', dir: 'ltr', fallback: ['en', 'zh'] },
	en: { tag: 'en', name: 'English', ogLocale: 'en_GB', dir: 'ltr', fallback: ['fr', 'zh'] },
} as const satisfies Record<string, LanguageConfig>;

export type Lang = keyof typeof languages;

// A fallback that names no language of the list is a type error here (and a build error in the page model).
languages satisfies Record<Lang, { fallback: readonly Lang[] }>;

/** The first language: the language chooser lists it first and it is the default of the UI strings. */
export const defaultLang: Lang = 'zh';

/** Every language code, in the order of the list above. */
export const langs = Object.keys(languages) as Lang[];

/** Whether `value` is one of the site's language codes (the URL segment and the content folder name). */
export function isLang(value: string): value is Lang {
	return Object.hasOwn(languages, value);
}
