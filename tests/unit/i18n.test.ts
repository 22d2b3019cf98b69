import { describe, expect, it } from 'vitest';
import { defaultLang, isLang, languages, langs } from '../../src/i18n/languages.ts';
import { around, format, missingKeys, ui, uiCopyOf, type UIKey } from '../../src/i18n/ui.ts';
import { checkLanguages } from '../../src/lib/page-model.ts';

describe('the language list', () => {
	it('starts with Simplified Chinese, the default language, at /zh/ with lang="zh-Hans"', () => {
		expect(langs[0]).toBe(defaultLang);
		expect(defaultLang).toBe('zh');
		expect(languages.zh.tag).toBe('zh-Hans');
		expect(isLang('zh-Hans')).toBe(false);
	});

	it('gives every language a lower-case code, its own tag, name and Open Graph locale, and a valid fallback list', () => {
		const tags = langs.map((lang) => languages[lang].tag);
		expect(new Set(tags).size).toBe(langs.length);
		for (const lang of langs) {
			const { tag, name, ogLocale } = languages[lang];
			expect(lang).toMatch(/^[a-z]{2,3}(?:-[a-z0-9]+)*$/);
			expect(isLang(lang)).toBe(true);
			expect(Intl.getCanonicalLocales(tag)[0], lang).toBe(tag);
			expect(name.trim(), lang).not.toBe('');
			expect(ogLocale, lang).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
		}
		expect(() => checkLanguages(languages)).not.toThrow();
	});
});

describe('the UI strings', () => {
	it('have every key of the default language in every language', () => {
		for (const lang of langs) expect(missingKeys(lang), lang).toEqual([]);
	});

	it('are translated, or their file says it is still a copy (npm run add-language marks it)', () => {
		for (const lang of langs.filter((l) => l !== defaultLang && !uiCopyOf[l])) {
			const same = (Object.keys(ui[defaultLang]) as UIKey[]).filter((key) => ui[lang][key] === ui[defaultLang][key]);
			expect(same, `${lang}: strings left in the default language`).toEqual([]);
		}
		for (const [lang, from] of Object.entries(uiCopyOf)) expect(from, lang).not.toBe(lang);
	});

	it('keep the same placeholders in every translation of a string', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const lang of langs) {
			for (const key of Object.keys(ui[defaultLang]) as UIKey[]) {
				expect(placeholders(ui[lang][key]), `${lang} ${key}`).toEqual(placeholders(ui[defaultLang][key]));
			}
		}
	});

	it('fill placeholders and cut a sentence around one', () => {
		expect(format('找到 {count} 个结果', { count: 3 })).toBe('找到 3 个结果');
		expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
		expect(around('consulté le {date}', 'date')).toEqual(['consulté le ', '']);
	});
});
