import { describe, expect, it } from 'vitest';
import {
	buildSearchIndex,
	indexVocabulary,
	type SearchPage,
	type SearchVocabulary,
} from '../../src/lib/search-index.ts';
import { alsoSearched, marks, planQuery, rankPages, termsOf, type Postings } from '../../src/lib/search-query.ts';
import { fileOfTerm, folded, indexTerms, pairs, phrase } from '../../src/lib/search-text.ts';
import { parseQueryWords } from '../../src/lib/search-words.ts';

const vocabulary: SearchVocabulary = {
	concepts: [
		{ id: 'preservatif', term: '避孕套', words: ['避孕套', '安全套', '套套', '套子'] },
		{ id: 'pep', term: '阻断药', words: ['阻断药', 'PEP', '吃药阻断'] },
		{ id: 'sans-papiers', term: 'sans-papiers', words: ['sans-papiers', 'sans papiers'] },
	],
	ignore: ['吗', '咋办', '怎么办', '了', 'est-ce que', 'how do i'],
	variants: { 愛: '爱', 檢: '检' },
};

const page = (url: string, title: string, description: string, text: string): SearchPage => ({
	url,
	title,
	description,
	sections: [{ id: 'more', title: '更多' }],
	blocks: [
		{ text: title, weight: 10, section: 0 },
		{ text: description, weight: 5, section: 0 },
		{ text, weight: 1, section: 1 },
	],
});

const pages = [
	page('/zh/condoms/', '避孕套破了怎么办', '套子破了，72小时内去医院。', '医生会给你阻断药。'),
	page('/zh/pep/', '阻断药', '发生危险后48小时内吃。', '去急诊，免费检测。'),
	page('/zh/testing/', '免费检测', '艾滋病和性病检测。', '在医院可以免费做检测。'),
];

/** Searches the index built from `pages` as the browser does: the plan, the term files, the ranking. */
function search(query: string): string[] {
	const { meta, files } = buildSearchIndex(pages, vocabulary);
	const plan = planQuery(query, meta.vocabulary);
	const terms: Record<string, Postings> = {};
	for (const term of termsOf(plan)) {
		Object.assign(terms, JSON.parse(files.get(`${meta.version}/t${fileOfTerm(term, meta.files)}.json`)!));
	}
	const ranked = rankPages(
		plan,
		{
			get: (term) => terms[term],
			wordsFor: (word) => Object.keys(terms).filter((key) => !key.startsWith('#') && key.startsWith(word)),
		},
		meta.pages,
	);
	return ranked.map(({ page }) => pages[page]!.url);
}

describe('search text', () => {
	it('folds full-width forms, case, French accents and listed traditional characters', () => {
		expect(folded('ＰｒＥＰ Dépistage 愛滋', vocabulary.variants)).toBe('prep depistage 爱滋');
	});

	it('indexes Chinese as single characters and overlapping pairs, other words by their first letters', () => {
		expect(pairs('免费检测')).toEqual(['免费', '费检', '检测']);
		expect(indexTerms('免费检测 dépistage')).toEqual(['免', '费', '检', '测', '免费', '费检', '检测', 'dépist']);
		expect(phrase('Sans-Papiers ?')).toBe('sans papier');
	});
});

describe('search queries', () => {
	it('drops particles and question words, and keeps the rest', () => {
		const plan = planQuery('套子破了吗？咋办', indexVocabulary(vocabulary));
		expect(plan.parts.map((p) => p.text)).toEqual(['套子', '破']);
		expect(plan.ignored).toEqual(['了', '吗', '咋办']);
		expect(planQuery('Est-ce que je suis sans papiers', indexVocabulary(vocabulary)).parts.map((p) => p.kind)).toEqual([
			'word',
			'word',
			'concept',
		]);
	});

	it('keeps a query made only of words it could drop', () => {
		expect(planQuery('怎么办', indexVocabulary(vocabulary)).parts.map((p) => p.text)).toEqual(['怎么办']);
	});

	it('finds the pages of a concept by any of its words, and says which term it also searched', () => {
		expect(search('套套')[0]).toBe('/zh/condoms/');
		const plan = planQuery('套套', indexVocabulary(vocabulary));
		expect(alsoSearched(plan, indexVocabulary(vocabulary))).toEqual(['避孕套']);
		expect(alsoSearched(planQuery('避孕套', indexVocabulary(vocabulary)), indexVocabulary(vocabulary))).toEqual([]);
	});

	it('ranks by how much of the query a page has, so one extra character never empties the result', () => {
		// No page has 哪里 or 做: the pages that share the rest still come, the one with most of it first.
		expect(search('哪里免费做检测')[0]).toBe('/zh/testing/');
		expect(search('阻断药哪里买吗')[0]).toBe('/zh/pep/');
		expect(search('愛滋病檢测')[0]).toBe('/zh/testing/');
	});

	it('weighs a title more than the text', () => {
		// 阻断药 is in the title of one page and in the text of another.
		expect(search('阻断药')).toEqual(['/zh/pep/', '/zh/condoms/']);
	});

	it('marks the words of the query, and of its concept, in a result line', () => {
		const vocab = indexVocabulary(vocabulary);
		const text = '套子破了，换新的避孕套。';
		const ranges = marks(text, planQuery('套套', vocab), vocab);
		expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['套子', '避孕套']);
	});
});

describe('the query words of a terminology file', () => {
	it('reads ignore and variants, and names the field and the fix on a mistake', () => {
		expect(parseQueryWords('query:\n  ignore: [吗]\n  variants: { 愛: 爱 }\n', 'zh.yaml')).toEqual({
			ignore: ['吗'],
			variants: { 愛: '爱' },
		});
		expect(() => parseQueryWords('query:\n  variants: { 愛: 爱心 }\n', 'zh.yaml')).toThrow(
			/zh\.yaml: query: variants: .*one character to one character/,
		);
		expect(() => parseQueryWords('query:\n  skip: [吗]\n', 'zh.yaml')).toThrow(/unknown field "skip"/);
	});
});
