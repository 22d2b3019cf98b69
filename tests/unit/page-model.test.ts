import { describe, expect, it } from 'vitest';
import { buildPages, checkLanguages, type ContentFile, type FileData } from '../../src/lib/page-model.ts';
import { fingerprint, scaffoldNote } from '../../src/lib/translation.ts';

/**
 * The page model on small in-memory sites: any language list, any files, no build. The codes below
 * are test data, not the site's list: the rules hold for whatever languages the list has.
 */
const languages = {
	zh: { tag: 'zh-Hans', fallback: ['fr', 'en'] },
	fr: { tag: 'fr', fallback: ['en', 'zh'] },
	en: { tag: 'en', fallback: ['fr', 'zh'] },
	es: { tag: 'es', fallback: ['en', 'fr'] },
};
type Code = keyof typeof languages;

const texts: Record<Code, Pick<FileData, 'title' | 'description'> & { body: string }> = {
	zh: {
		title: '套子破了怎么办？',
		description: '48小时内去急诊。',
		body: '## 什么是阻断药\n\n阻断药是一种紧急的药。越快越好。\n',
	},
	fr: {
		title: 'Le préservatif a craqué, que faire ?',
		description: 'Allez aux urgences dans les 48 heures.',
		body: '## Le TPE\n\nLe TPE est un traitement d’urgence. Le plus tôt est le mieux.\n',
	},
	en: {
		title: 'The condom broke: what now?',
		description: 'Go to the emergency department within 48 hours.',
		body: '## What PEP is\n\nPEP is an emergency treatment. The sooner the better.\n',
	},
	es: {
		title: 'Se rompió el condón: ¿qué hago?',
		description: 'Ve a urgencias en las primeras 48 horas.',
		body: '## Qué es la PEP\n\nLa PEP es un tratamiento de urgencia. Cuanto antes, mejor.\n',
	},
};

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const sources = [{ title: 'TPE', url: 'https://www.sida-info-service.org/c-est-quoi-le-tpe/' }];

/** The original of a page, in `lang`. */
function original(lang: Code, slug = 'pep', extra: Partial<FileData> = {}): ContentFile<Code> {
	const { body, ...text } = texts[lang];
	return {
		collection: 'guides',
		lang,
		slug,
		path: `guides/${lang}/${slug}.mdx`,
		data: { ...text, sources, updated: day('2026-11-01'), changes: [], ...extra },
		body,
	};
}

/** A translation of `of` into `lang`, following `of`'s current text unless told otherwise. */
function translation(
	lang: Code,
	of: ContentFile<Code>,
	{ text = texts[lang], version = fingerprint({ ...of.data, body: of.body }), updated = '2026-11-01' } = {},
): ContentFile<Code> {
	const { body, ...rest } = text;
	return {
		...of,
		lang,
		path: `guides/${lang}/${of.slug}.mdx`,
		data: { ...of.data, ...rest, updated: day(updated), translation: { from: of.lang, version } },
		body,
	};
}

describe('the page model', () => {
	it('gives every page in every language of the list, with its original and the status of each language', () => {
		const zh = original('zh');
		const [page] = buildPages([zh, translation('fr', zh), translation('en', zh, { version: 'old' })], languages);
		expect(page!.original).toBe(zh);
		expect(page!.originalLang).toBe('zh');
		expect(Object.keys(page!.views)).toEqual(['zh', 'fr', 'en', 'es']);
		expect(Object.fromEntries(Object.values(page!.views).map((v) => [v.lang, v.status]))).toEqual({
			zh: 'original',
			fr: 'up-to-date',
			en: 'outdated',
			es: 'missing',
		});
	});

	it('can have an original in any language', () => {
		const fr = original('fr');
		const [page] = buildPages([translation('zh', fr), fr], languages);
		expect(page!.originalLang).toBe('fr');
		expect(page!.views.fr.status).toBe('original');
		expect(page!.views.zh.status).toBe('up-to-date');
	});

	it('shows a reader with no translation the first language of her fallback list that has text, else the original', () => {
		const zh = original('zh');
		const withFrench = buildPages([zh, translation('fr', zh)], languages)[0]!;
		expect(withFrench.views.es.textLang).toBe('fr');
		expect(withFrench.views.en.textLang).toBe('fr');
		expect(withFrench.views.es.file.lang).toBe('fr');
		const alone = buildPages([zh], languages)[0]!;
		expect(alone.views.es.textLang).toBe('zh');
		expect(alone.views.zh.textLang).toBe('zh');
	});

	it('keeps a fallback out of search engines, the search index and hreflang; real texts list each other', () => {
		const zh = original('zh');
		const [page] = buildPages([zh, translation('fr', zh), translation('en', zh, { version: 'old' })], languages);
		expect(page!.views.es).toMatchObject({ fallback: true, noindex: true, searchable: false, alternates: [] });
		for (const lang of ['zh', 'fr', 'en'] as const) {
			expect(page!.views[lang], lang).toMatchObject({ fallback: false, noindex: false, searchable: true });
			expect(page!.views[lang].alternates, lang).toEqual(['zh', 'fr', 'en']);
		}
	});

	it('points x-default at the first language of the list when it has text, else at the original', () => {
		const zh = original('zh');
		expect(buildPages([zh], languages)[0]!.xDefault).toBe('zh');
		const en = original('en');
		expect(buildPages([en], languages)[0]!.xDefault).toBe('en');
		expect(buildPages([en, translation('zh', en)], languages)[0]!.xDefault).toBe('zh');
	});

	it('lists, on an outdated translation, the changes of the original since the translation was updated', () => {
		const changes = [
			{ date: day('2026-11-20'), note: '补充了急诊的说法。' },
			{ date: day('2026-10-01'), note: '第一版。' },
		];
		const zh = original('zh', 'pep', { changes, updated: day('2026-11-20') });
		const [page] = buildPages([zh, translation('fr', zh, { version: 'old', updated: '2026-11-01' })], languages);
		expect(page!.views.fr.changesSince).toEqual([changes[0]]);
		expect(page!.views.zh.changesSince).toEqual([]);
	});

	it('sorts pages by the order of their original, then by name, and files a page without a topic under "about"', () => {
		const pages = buildPages(
			[
				original('zh', 'b', { order: 20 }),
				original('zh', 'c', { topic: 'health' }),
				original('zh', 'a', { order: 20 }),
			],
			languages,
		);
		expect(pages.map((p) => p.slug)).toEqual(['a', 'b', 'c']);
		expect(pages.map((p) => p.topic)).toEqual(['about', 'about', 'health']);
	});

	it('gives a language added to the list every page at once, as a fallback, without any file', () => {
		const zh = original('zh');
		const files = [zh, translation('fr', zh), translation('en', zh)];
		const { es: _es, ...three } = languages;
		expect(Object.keys(buildPages<string, ContentFile>(files, three)[0]!.views)).toEqual(['zh', 'fr', 'en']);
		const four = buildPages(files, languages)[0]!;
		expect(four.views.es).toMatchObject({ status: 'missing', textLang: 'en', noindex: true });
		expect(four.views.zh.alternates).toEqual(['zh', 'fr', 'en']);
	});

	it('refuses a fallback list that names no language of the list, or the language itself', () => {
		expect(() => checkLanguages({ ...languages, es: { tag: 'es', fallback: ['en', 'fr', 'sp'] } })).toThrow(
			'src/i18n/languages.ts: the fallback list of "es" names "sp", which is not a language of the list. ' +
				'Write codes of other languages of the list (zh, fr, en, es).',
		);
		expect(() => buildPages([], { ...languages, es: { tag: 'es', fallback: ['es'] } })).toThrow(/the language itself/);
	});
});

describe('a copy is not a translation', () => {
	const zh = original('zh');
	const statusOf = (file: ContentFile<Code>) => buildPages([zh, translation('en', zh), file], languages)[0]!.views.es;

	it('a copy of the Chinese original under es/, stamped or not, is "not translated" and readers get a fallback', () => {
		const view = statusOf(translation('es', zh, { text: texts.zh }));
		expect(view.status).toBe('not-translated');
		expect(view.reason).toMatch(
			/of its letters are in the script of guides\/zh\/pep\.mdx \(Han\), not in its own \(Latn\)/,
		);
		expect(view).toMatchObject({ textLang: 'en', fallback: true, noindex: true, searchable: false, alternates: [] });
		expect(buildPages([zh, translation('es', zh, { text: texts.zh })], languages)[0]!.views.zh.alternates).toEqual([
			'zh',
		]);
	});

	it('a copy of another translation in the same script (English text under es/) is "not translated"', () => {
		const view = statusOf(translation('es', zh, { text: texts.en }));
		expect(view.status).toBe('not-translated');
		expect(view.reason).toBe('100 % of its text is the same, sentence for sentence, as guides/en/pep.mdx');
	});

	it('a translation that still carries the note of new-translation is "not translated"', () => {
		const noted = { ...texts.es, body: `${scaffoldNote('中文', 'Español')}\n\n${texts.es.body}` };
		expect(statusOf(translation('es', zh, { text: noted })).status).toBe('not-translated');
	});

	it('a real translation is up to date or outdated by its version, never "not translated"', () => {
		expect(statusOf(translation('es', zh)).status).toBe('up-to-date');
		expect(statusOf(translation('es', zh, { version: '' })).status).toBe('outdated');
	});
});
