import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary.ts';
import { langs } from '../../src/i18n/languages.ts';
import { termParts, type Mention } from '../../src/lib/glossary.ts';
import { termMentions, termProblem } from '../../src/lib/markdown/glossary-terms.ts';

/** The text a reader sees, with the French marked: `急救中心（[SAMU]）`. */
const shown = (id: keyof typeof glossary, lang: (typeof langs)[number], mention: Mention, slot?: string) =>
	termParts(glossary[id], lang, mention, slot)
		.map((part) => (part.lang ? `[${part.text}]` : part.text))
		.join('');

describe('a glossary term in a page', () => {
	it('gives the short French once, at its first mention, then the term alone', () => {
		expect(shown('samu', 'zh', 'first')).toBe('急救中心（[SAMU]）');
		expect(shown('samu', 'zh', 'again')).toBe('急救中心');
		expect(shown('oqtf', 'en', 'first')).toBe('order to leave France ([OQTF])');
		expect(shown('oqtf', 'en', 'again')).toBe('order to leave France');
	});

	it('shows the French alone where the writer put it in brackets herself', () => {
		expect(shown('samu', 'zh', 'bracketed')).toBe('[SAMU]');
		expect(shown('garde-a-vue', 'en', 'bracketed')).toBe('[garde à vue]');
	});

	it('never doubles a word or nests brackets', () => {
		expect(shown('pass', 'zh', 'first')).toBe('PASS（医院免费看病处）');
		expect(shown('pass', 'zh', 'again')).toBe('PASS');
		expect(shown('pass', 'zh', 'first', '医院里的PASS')).toBe('医院里的PASS');
		expect(shown('retenue', 'zh', 'first')).toBe('扣留（查居留，[retenue]）');
		expect(shown('tpe', 'en', 'first')).toBe('post-exposure treatment (PEP, [TPE])');
		for (const lang of langs) {
			for (const id of Object.keys(glossary) as (keyof typeof glossary)[]) {
				const text = shown(id, lang, 'first').replace(/[[\]]/g, '');
				expect(text, `${lang} ${id}`).not.toMatch(/（[^（）]*（|\([^()]*\(/);
			}
		}
	});

	it('gives the writer’s own words, and the full French name on French pages', () => {
		expect(shown('plainte', 'zh', 'first', '报案')).toBe('报案（[plainte]）');
		expect(shown('plainte', 'zh', 'again', '报案')).toBe('报案');
		expect(shown('oqtf', 'fr', 'first')).toBe('[OQTF (obligation de quitter le territoire français)]');
		expect(shown('oqtf', 'fr', 'again')).toBe('[OQTF]');
	});

	it('shows the French in a language that has no entry for the term yet', () => {
		const entry = { fr: glossary.oqtf.fr };
		expect(termParts(entry, 'en', 'first')).toEqual([
			{ text: 'OQTF (obligation de quitter le territoire français)', lang: 'fr' },
		]);
	});
});

describe('<Term> in MDX', () => {
	it('takes only an id of the glossary, and says which ids there are', () => {
		expect(termProblem('samu')).toBeUndefined();
		expect(termProblem('toString')).toMatch(
			/^<Term id="toString">: no such term in the glossary \(src\/data\/glossary\.ts\)\. Ids are: .*samu/,
		);
	});

	it('is the first mention of its term on the page once, unless it stands alone between brackets', () => {
		const mention = termMentions();
		expect(mention('samu', '打 ', '。')).toBe('first');
		expect(mention('samu', '再打 ', '')).toBe('again');
		expect(mention('retenue', '急救（', '）')).toBe('bracketed');
		expect(mention('retenue', 'take ', ' now')).toBe('again');
		expect(termMentions()('samu', undefined, undefined)).toBe('first');
	});
});
