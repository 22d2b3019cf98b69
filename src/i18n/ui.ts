import { defaultLang, isLang, langs, type Lang } from './languages.ts';
import type source from './ui/zh.ts';

/** Every UI string key; the default language's file (`ui/zh.ts`) is the list. */
export type UIKey = keyof typeof source;
/** The shape every language's UI strings file must have: all keys, no more, no fewer. */
export type UIStrings = { readonly [K in UIKey]: string };

/**
 * A language's strings file. `untranslatedCopyOf` marks a file that is still a copy of another
 * language's (as `npm run add-language` creates it); the translator deletes the line when done.
 */
interface UIFile {
	default: UIStrings;
	untranslatedCopyOf?: string;
}

async function load(lang: Lang): Promise<UIFile> {
	try {
		return (await import(`./ui/${lang}.ts`)) as UIFile;
	} catch (cause) {
		throw new Error(
			`src/i18n/ui/${lang}.ts: no UI strings file for the language "${lang}" listed in src/i18n/languages.ts. ` +
				`Copy src/i18n/ui/en.ts to src/i18n/ui/${lang}.ts and translate its values (for a new language, ` +
				'`npm run add-language` adds it to the list and creates this file).',
			{ cause },
		);
	}
}

const files = Object.fromEntries(await Promise.all(langs.map(async (lang) => [lang, await load(lang)] as const)));

/** The UI strings of every language, loaded once. */
export const ui = Object.fromEntries(langs.map((lang) => [lang, files[lang]!.default])) as Record<Lang, UIStrings>;

/** The language whose strings each language's file is still an untranslated copy of, if it is one. */
export const uiCopyOf: Partial<Record<Lang, Lang>> = Object.fromEntries(
	langs.flatMap((lang) => {
		const from = files[lang]!.untranslatedCopyOf;
		return from !== undefined && isLang(from) ? [[lang, from]] : [];
	}),
);

/**
 * The languages whose interface is their own, not a copy still to translate. The pages made of the
 * interface's words (a language's home, its glossary, its translation status) are a language's own
 * only then: until the file is translated they are fallbacks like any untranslated page, kept out of
 * search engines, hreflang, the sitemap and the site's search.
 */
export const ownInterfaceLangs: readonly Lang[] = langs.filter((lang) => uiCopyOf[lang] === undefined);

/** Keys of the default language that `lang`'s file lacks (the type check catches these too). */
export function missingKeys(lang: Lang): UIKey[] {
	return (Object.keys(ui[defaultLang]) as UIKey[]).filter((key) => typeof ui[lang][key] !== 'string');
}

/** Fills `{name}` placeholders: `format('找到 {count} 个结果', { count: 3 })` → `找到 3 个结果`. */
export function format(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : whole,
	);
}

/**
 * A translated sentence cut where one placeholder stands, to wrap the value in markup:
 * `around('查阅日期：{date}', 'date')` → `['查阅日期：', '']`.
 */
export function around(sentence: string, name: string): [string, string] {
	const [before = '', after = ''] = sentence.split(`{${name}}`);
	return [before, after];
}

/** The translator function of one language: `t('search.results', { count: 3 })`. */
export function useTranslations(lang: Lang) {
	const strings = ui[lang];
	return (key: UIKey, values?: Record<string, string | number>): string =>
		// A language file is loaded at run time (the type check covers it, missingKeys reports it): fall back
		// to the default language rather than print nothing.
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
		format(strings[key] ?? ui[defaultLang][key], values);
}
