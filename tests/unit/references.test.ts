import { describe, expect, it } from 'vitest';
import {
	markText,
	numberSources,
	pageReferences,
	scanMarks,
	splitMarks,
	withoutMarks,
} from '../../src/lib/references.ts';
import type { Source } from '../../src/lib/sources.ts';

const consulted = new Date(0);
const sources: Source[] = [
	{ id: 'cpp-63', kind: 'law', code: 'Code de procédure pénale', article: '63', consulted },
	{ id: 'ldh', kind: 'ngo', title: 'Droits', publisher: 'LDH', url: 'https://ldh-france.org/x', consulted },
];

describe('reference marks', () => {
	it('are found with their id, and told apart from malformed ones', () => {
		expect(scanMarks('24小时[^cpp-63]。')).toEqual([{ id: 'cpp-63', index: 4, length: 9, wellFormed: true }]);
		expect(scanMarks('a[^ x] b[^X] c[^] d[^a_b]').map((m) => m.wellFormed)).toEqual([false, false, false, false]);
		expect(scanMarks('[link](/x/) and [^a][^b-2]').map((m) => m.id)).toEqual(['a', 'b-2']);
	});

	it('leave the text readable once removed', () => {
		expect(withoutMarks('24 heures[^cpp-63][^ldh].')).toBe('24 heures.');
	});

	it('cut a text into words and marks, dropping the space before a mark', () => {
		expect(splitMarks('24 h [^a][^b].')).toEqual([{ text: '24 h' }, { mark: 'a' }, { mark: 'b' }, { text: '.' }]);
		expect(splitMarks('no mark')).toEqual([{ text: 'no mark' }]);
	});

	it('show a number that no line break can separate from the claim', () => {
		expect(markText(3)).toBe('\u2060[3]');
	});
});

describe('the numbering of a page’s sources', () => {
	it('keeps the page’s order and adds the sources of its figures once', () => {
		const { list, ofId, ofFigure } = numberSources(sources, [
			'gav-hours',
			'pep-max-hours',
			'pep-ideal-hours',
			'gav-hours',
		]);
		// gav-hours cites CPP art. 63, which the page lists: no new entry. The two PEP figures share one source.
		expect(list.map((item) => [item.n, item.source.id, item.figure])).toEqual([
			[1, 'cpp-63', undefined],
			[2, 'ldh', undefined],
			[3, 'sis-tpe', 'pep-max-hours'],
		]);
		expect(ofId.get('ldh')).toBe(2);
		expect([...ofFigure]).toEqual([
			['gav-hours', 1],
			['pep-max-hours', 3],
			['pep-ideal-hours', 3],
		]);
	});

	it('gives each mark its anchor in reading order, summary first, and each source its back links', () => {
		const references = pageReferences(
			sources,
			['最长24小时[^cpp-63]。', '律师[^ldh][^cpp-63]'],
			[
				{ kind: 'mark', id: 'ldh' },
				{ kind: 'fig', id: 'gav-hours' },
				{ kind: 'mark', id: 'nope' },
			],
		);
		expect(references.summary).toEqual([
			[{ text: '最长24小时' }, { n: 1, anchor: 'cite-1-1' }, { text: '。' }],
			[{ text: '律师' }, { n: 2, anchor: 'cite-2-1' }, { n: 1, anchor: 'cite-1-2' }],
		]);
		expect(references.body).toEqual([{ n: 2, anchor: 'cite-2-2' }, { n: 1, anchor: 'cite-1-3' }, undefined]);
		expect(references.sources.map((s) => s.marks)).toEqual([
			['cite-1-1', 'cite-1-2', 'cite-1-3'],
			['cite-2-1', 'cite-2-2'],
		]);
	});
});
