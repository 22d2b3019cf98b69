import { describe, expect, it } from 'vitest';
import { defaultLang, isLang, languages, langs } from '../../src/i18n/languages.ts';
import { around, format, missingKeys, ui, type UIKey } from '../../src/i18n/ui.ts';

describe('languages and UI strings', () => {
	it('list Simplified Chinese first, at /zh/ with lang="zh-Hans", then French and English', () => {
		expect(langs).toEqual(['zh', 'fr', 'en']);
		expect(defaultLang).toBe('zh');
		expect(languages.zh.tag).toBe('zh-Hans');
		expect(isLang('zh')).toBe(true);
		expect(isLang('zh-Hans')).toBe(false);
	});

	it('have every key of the Chinese file in every language', () => {
		for (const lang of langs) expect(missingKeys(lang), lang).toEqual([]);
	});

	it('leave no value identical to the Chinese one (a sign of an untranslated string)', () => {
		for (const lang of langs.filter((l) => l !== defaultLang)) {
			const same = (Object.keys(ui.zh) as UIKey[]).filter((key) => ui[lang][key] === ui.zh[key]);
			expect(same, `${lang}: strings left in Chinese`).toEqual([]);
		}
	});

	it('keep the same placeholders in every translation of a string', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const lang of langs) {
			for (const key of Object.keys(ui.zh) as UIKey[]) {
				expect(placeholders(ui[lang][key]), `${lang} ${key}`).toEqual(placeholders(ui.zh[key]));
			}
		}
	});

	it('fill placeholders and cut a sentence around one', () => {
		expect(format('找到 {count} 个结果', { count: 3 })).toBe('找到 3 个结果');
		expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
		expect(around('consulté le {date}', 'date')).toEqual(['consulté le ', '']);
	});
});
