import { describe, expect, it } from 'vitest';
import { fingerprint, pageStatuses, resolveLang } from '../../src/lib/translation.ts';

const text = {
	title: '套子破了怎么办？',
	description: '48小时内去急诊。',
	summary: ['越快越好。'],
	sources: [{ title: 'TPE', url: 'https://www.sida-info-service.org/c-est-quoi-le-tpe/' }],
	body: '## 什么是阻断药\n\n阻断药是一种紧急的药。\n',
};

describe('translation fingerprints', () => {
	it('ignore line endings, trailing spaces and blank lines at the ends', () => {
		const resaved = { ...text, body: '\r\n## 什么是阻断药  \r\n\r\n阻断药是一种紧急的药。\r\n\r\n' };
		expect(fingerprint(resaved)).toBe(fingerprint(text));
	});

	it('change when the text, the summary or a source changes', () => {
		const base = fingerprint(text);
		expect(fingerprint({ ...text, body: text.body.replace('紧急', '特别') })).not.toBe(base);
		expect(fingerprint({ ...text, summary: ['最晚48小时。'] })).not.toBe(base);
		expect(fingerprint({ ...text, sources: [{ title: 'TPE', url: 'https://example.org/' }] })).not.toBe(base);
		expect(fingerprint({ ...text, title: '别的' })).not.toBe(base);
	});

	it('are 12 hexadecimal characters', () => {
		expect(fingerprint(text)).toMatch(/^[0-9a-f]{12}$/);
	});
});

describe('translation status', () => {
	const original = { lang: 'zh' as const, fingerprint: 'aaaaaaaaaaaa' };

	it('is up to date when the translation follows the current original, outdated otherwise, missing without a file', () => {
		const statuses = pageStatuses({
			zh: original,
			fr: { lang: 'fr', fingerprint: 'x', translation: { from: 'zh', version: 'aaaaaaaaaaaa' } },
		});
		expect(statuses).toEqual({ zh: 'original', fr: 'up-to-date', en: 'missing' });
		const changed = pageStatuses({
			zh: { ...original, fingerprint: 'bbbbbbbbbbbb' },
			fr: { lang: 'fr', fingerprint: 'x', translation: { from: 'zh', version: 'aaaaaaaaaaaa' } },
		});
		expect(changed.fr).toBe('outdated');
	});

	it('can have a French original (a legal page written in French first)', () => {
		const statuses = pageStatuses({
			fr: { lang: 'fr', fingerprint: 'f' },
			zh: { lang: 'zh', fingerprint: 'z', translation: { from: 'fr', version: 'f' } },
		});
		expect(statuses).toEqual({ zh: 'up-to-date', fr: 'original', en: 'missing' });
	});
});

describe('fallback resolution', () => {
	it('shows the reader her own language when it exists', () => {
		expect(resolveLang('fr', ['zh', 'fr'], 'zh')).toBe('fr');
	});

	it('otherwise follows the language’s fallback order, then the original', () => {
		expect(resolveLang('fr', ['zh', 'en'], 'zh')).toBe('en');
		expect(resolveLang('en', ['zh', 'fr'], 'zh')).toBe('fr');
		expect(resolveLang('zh', ['en'], 'en')).toBe('en');
		expect(resolveLang('en', ['zh'], 'zh')).toBe('zh');
	});
});
