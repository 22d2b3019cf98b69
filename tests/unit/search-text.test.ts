import { describe, expect, it } from 'vitest';
import { searchQueries, spaceCjk, spaceCjkHtml, unspaceCjk } from '../../src/lib/search-text.ts';

describe('Chinese search text', () => {
	it('puts a space around every Chinese character and leaves Latin words whole', () => {
		expect(spaceCjk('免费做HIV检测，48小时')).toBe('免 费 做 HIV 检 测 ， 48 小 时');
		expect(spaceCjk('dépistage gratuit')).toBe('dépistage gratuit');
	});

	it('spaces the text of an HTML page but not its tags or attributes', () => {
		expect(spaceCjkHtml('<p title="免费">免费<b>检测</b></p>')).toBe('<p title="免费">免 费<b>检 测</b></p>');
	});

	it('takes the spaces out again in excerpts, across highlight marks', () => {
		expect(unspaceCjk('去 医 院 <mark>急</mark> <mark>诊</mark> ， 24 小 时')).toBe('去医院<mark>急诊</mark>，24小时');
		expect(unspaceCjk('un <mark>préservatif</mark> gratuit')).toBe('un <mark>préservatif</mark> gratuit');
	});

	it('searches a Chinese phrase exactly first, then by its characters; other languages as typed', () => {
		expect(searchQueries('免费检测', 'characters')).toEqual(['"免 费 检 测"', '免 费 检 测']);
		expect(searchQueries('免费 检测', 'characters')).toEqual(['免 费 检 测']);
		expect(searchQueries('PrEP', 'characters')).toEqual(['PrEP']);
		expect(searchQueries(' « dépistage » ', 'words')).toEqual(['dépistage']);
		expect(searchQueries('   ', 'words')).toEqual([]);
	});
});
