import { describe, expect, it } from 'vitest';
import { compareNumbers, figuresIn, numbersIn, phoneNumberKey } from '../../src/lib/numbers.ts';

describe('the numbers a text states', () => {
	it('are the same however each language writes them', () => {
		const same = (...texts: string[]) => {
			const first = numbersIn(texts[0]!);
			for (const text of texts) expect(numbersIn(text), text).toEqual(first);
		};
		same('1 500 €', '1\u202f500 euros', '1,500 euros', '1.500 €', '1500欧元');
		same('0,5 %', '0.5%', '0.5 %');
		same('2,50 €', '2.5 €');
		same('le 1er', '1st', 'le 1');
		same('0 800 840 800', '0800840800');
		same('article L. 425-1', 'L425-1', '第L425-1条');
		same('de 9 h à 19 h', '9 am to 7 pm', '上午9点到晚上7点');
		same('150 000 €', '15万欧元');
		same('1 500 000 €', '150万欧元');
	});

	it('understand dates written in words, in every language of the site', () => {
		expect(numbersIn('le 13 avril 2016').sort()).toEqual(['13', '2016', '4']);
		expect(numbersIn('13 April 2016').sort()).toEqual(['13', '2016', '4']);
		expect(numbersIn('April 13, 2016').sort()).toEqual(['13', '2016', '4']);
		expect(numbersIn('2016年4月13日').sort()).toEqual(['13', '2016', '4']);
		// A month word outside a date is a word.
		expect(numbersIn('You may ask at any time.')).toEqual([]);
	});

	it('leave out marks, addresses and names that hold digits', () => {
		expect(numbersIn('24 heures[^cpp-63] (https://example.org/F2532?id=7)')).toEqual(['24']);
		expect(numbersIn('VIH-1, COVID-19, fiche F2532, H24')).toEqual([]);
	});

	it('are compared both ways', () => {
		expect(compareNumbers(new Set(['24', '48']), new Set(['24', '72', '4']))).toEqual({
			added: ['4', '72'],
			missing: ['48'],
		});
	});

	it('include phone numbers written with spaces, as <Tel> writes them', () => {
		expect(phoneNumberKey('0800840800')).toBe(numbersIn('0 800 840 800')[0]);
		expect(phoneNumberKey('116006')).toBe(numbersIn('116 006')[0]);
	});
});

describe('the figures of a text that need a reference mark', () => {
	it('are its numbers, amounts, delays, ages and article numbers', () => {
		expect(figuresIn('最晚48小时')).toEqual(['48']);
		expect(figuresIn('une amende de 1 500 € et 18 ans')).toEqual(['1500', '18']);
		expect(figuresIn('article 225-5')).toEqual(['225', '5']);
		expect(figuresIn('depuis 2016')).toEqual(['2016']);
	});

	it('are not the long hotline numbers, which have their own sources, nor names', () => {
		expect(figuresIn('appelez le 3919 ou le 0 800 840 800, ou le 116 006')).toEqual([]);
		expect(figuresIn('le VIH-1 et la COVID-19')).toEqual([]);
		// Short numbers are figures too (18 ans); in a sentence, a phone number goes in <Tel>.
		expect(figuresIn('le 17')).toEqual(['17']);
	});
});
