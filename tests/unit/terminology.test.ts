import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { styleGuide, termsTable, withTable } from '../../scripts/lib/terms-doc.ts';
import { glossary } from '../../src/data/glossary.ts';
import { defaultLang, langs } from '../../src/i18n/languages.ts';
import { ui } from '../../src/i18n/ui.ts';
import { checkContent, checkText, describeFinding } from '../../src/lib/term-check.ts';
import { loadTerms, parseTerms, type Terms } from '../../src/lib/terms.ts';

/** The languages with a terminology file: each gets the same check. */
const withTerms = langs.filter((lang) => loadTerms(lang));

describe('the terminology files', () => {
	it('exist for the first language, and the others use its concept ids', () => {
		expect(withTerms).toContain(defaultLang);
		const ids = Object.keys(loadTerms(defaultLang)!);
		for (const lang of withTerms) {
			expect(
				Object.keys(loadTerms(lang)!).filter((id) => !ids.includes(id)),
				lang,
			).toEqual([]);
		}
	});

	it('give every glossary entry the terminology’s term and short form for its id, in every language', () => {
		for (const [id, entry] of Object.entries(glossary)) {
			for (const lang of withTerms) {
				const local = entry[lang];
				if (!local) continue;
				const concept = loadTerms(lang)![id];
				expect(concept, `${lang}: the glossary id "${id}" is no concept of src/i18n/terms/${lang}.yaml`).toBeDefined();
				expect(local.term, `${lang} ${id}`).toBe(concept!.term);
				expect(local.short, `${lang} ${id} short`).toBe(concept!.short);
			}
		}
	});

	it('say what is wrong with the file, the concept and the field, and how to fix it', () => {
		const parse = (text: string) => () => parseTerms(text, 'src/i18n/terms/xx.yaml');
		expect(parse('words: []')).toThrow('src/i18n/terms/xx.yaml: the file must start with "concepts:"');
		expect(parse('concepts:\n  bar:\n    search: [x]')).toThrow(
			'src/i18n/terms/xx.yaml: concept "bar": term is missing. Add "term: …".',
		);
		expect(parse('concepts:\n  bar:\n    term: 律师协会\n    avoid:\n      - text: 律师公会')).toThrow(
			'concept "bar": avoid[0]: reason is missing: say why the variant is avoided, so writers can judge.',
		);
		expect(parse('concepts:\n  bar:\n    term: 律师协会\n    synonyms: [x]')).toThrow(
			'concept "bar": unknown field "synonyms". The fields are: term, short, search, avoid, note.',
		);
		expect(
			parse(
				'concepts:\n  v:\n    term: 受害人\n    avoid:\n      - text: 受害者\n        reason: r\n        except: [热线]',
			),
		).toThrow('concept "v": avoid[0]: the exception "热线" does not contain "受害者".');
	});

	it.each(withTerms)('are the table of the %s style guide (run `npm run terms` after editing them)', (lang) => {
		const guide = readFileSync(styleGuide(lang), 'utf8');
		expect(withTable(guide, termsTable(lang)), styleGuide(lang)).toBe(guide);
	});
});

describe('the terminology check', () => {
	const terms: Terms = {
		barreau: { term: '律师协会', search: [], avoid: [{ text: '律师公会', reason: 'Taiwan/Hong Kong usage' }] },
		victime: { term: '受害人', search: [], avoid: [{ text: '受害者', reason: 'one word', except: ['受害者帮助'] }] },
		carte: {
			term: '居留证',
			search: [],
			avoid: [
				{ text: '居留卡', reason: 'a second name' },
				{ text: '临时居留卡', reason: 'looks like the APS', use: '一年卡' },
			],
		},
		guillemets: { term: '“…”', search: [], avoid: [{ text: '「', reason: 'Taiwan usage', use: '“' }] },
	};

	it('fails a page on an avoided word, 「」 and nested brackets, with the file, the line and what to write', () => {
		const file = 'tests/fixtures/terms/guides/zh/police-custody.mdx';
		expect(checkContent('tests/fixtures/terms', 'zh', terms).map(describeFinding)).toEqual([
			`${file}:5:9: "律师公会" → write "律师协会" (Taiwan/Hong Kong usage).`,
			`${file}:10:5: "律师公会" → write "律师协会" (Taiwan/Hong Kong usage).`,
			// 受害者帮助热线 is an exception written in the data; the second 受害者 is not.
			`${file}:10:21: "受害者" → write "受害人" (one word).`,
			// A <Term> alone in brackets shows only its French, so line 12 is fine; inside a longer bracket it nests.
			`${file}:14:13: "<Term id="aps" />" → write "the term outside the brackets, or the term alone between them: （<Term id="aps" />）" (a glossary term shows its French in brackets itself, so inside brackets it gives nested brackets).`,
			`${file}:16:3: "「" → write "“" (Taiwan usage).`,
			// Where two variants overlap, the longer one is reported.
			`${file}:16:9: "临时居留卡" → write "一年卡" (looks like the APS).`,
			`${file}:16:15: "居留卡" → write "居留证" (a second name).`,
			`${file}:16:24: "（比如（" → write "one level of brackets: say the inner part another way, or split the sentence" (nested brackets are hard to read on a phone).`,
			// Link texts are prose; the French of a phrase card and the sources are not checked.
			`${file}:18:66: "律师公会" → write "律师协会" (Taiwan/Hong Kong usage).`,
		]);
	});

	it('passes text that uses the terms', () => {
		expect(checkText('你可以找律师协会。打15叫救护车（<Term id="samu" />）。', terms)).toEqual([]);
	});

	it('finds no avoided word, 「」 or nested brackets in the content (each line says the file, the line and what to write)', () => {
		const findings = withTerms.flatMap((lang) => checkContent('src/content', lang, loadTerms(lang)!));
		expect(findings.map(describeFinding)).toEqual([]);
	});

	it.each(withTerms)('finds no avoided word in the %s glossary and interface strings', (lang) => {
		const terms = loadTerms(lang)!;
		const texts = [
			...Object.entries(ui[lang]).map(([key, value]) => [`src/i18n/ui/${lang}.ts ${key}`, value]),
			...Object.entries(glossary).flatMap(([id, entry]) => {
				const local = entry[lang];
				return local ? [[`src/data/glossary.ts ${id}.${lang}`, `${local.term}\n${local.definition}`]] : [];
			}),
		];
		const found = texts.flatMap(([where, text]) =>
			checkText(text!, terms).map((f) => `${where}: ${f.found} → ${f.use}`),
		);
		expect(found).toEqual([]);
	});
});
