import { defaultLang, langs, type Lang } from './languages.ts';
import type source from './ui/zh.ts';

/** Every UI string key; the default language's file (`ui/zh.ts`) is the list. */
export type UIKey = keyof typeof source;
/** The shape every language's UI strings file must have: all keys, no more, no fewer. */
export type UIStrings = { readonly [K in UIKey]: string };

async function load(lang: Lang): Promise<UIStrings> {
	try {
		return (await import(`./ui/${lang}.ts`)).default as UIStrings;
	} catch (cause) {
		throw new Error(
			`src/i18n/ui/${lang}.ts: no UI strings file for the language "${lang}" listed in src/i18n/languages.ts. ` +
				`Copy src/i18n/ui/en.ts to src/i18n/ui/${lang}.ts and translate its values.`,
			{ cause },
		);
	}
}

/** The UI strings of every language, loaded once. */
export const ui: Record<Lang, UIStrings> = Object.fromEntries(
	await Promise.all(langs.map(async (lang) => [lang, await load(lang)] as const)),
) as Record<Lang, UIStrings>;

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
		format(strings[key] ?? ui[defaultLang][key], values);
}
