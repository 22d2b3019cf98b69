import { describe, expect, it } from 'vitest';
import { readMdx } from '../../src/lib/body-text.ts';
import { checkClaims, type ClaimsFile } from '../../src/lib/reference-checks.ts';

describe('reading a body', () => {
	const body = readMdx(
		[
			'## 时间 48小时[^a]', // 1
			'', // 2
			'最长24小时[^a]，最好<Fig id="pep-ideal-hours" />以内。', // 3
			'', // 4
			'- 打<Tel number="17" />或者看[第2页](/pep/)', // 5
			'- 罚款1500欧元', // 6
			'', // 7
			'<Callout type="warning">最晚<Fig id="pep-max-hours" />。</Callout>', // 8
			'', // 9
			'<Phrase fr="J\'ai 30 ans.">我30岁[^a]。</Phrase>', // 10
			'', // 11
			'| 期限 | 来源 |', // 12
			'| --- | --- |', // 13
			'| 30天 | [^ b] |', // 14
			'', // 15
			'`code 99`', // 16
		].join('\n'),
	);

	it('lists marks and figures in reading order, with their place and line', () => {
		expect(body.refs).toEqual([
			{ kind: 'mark', id: 'a' },
			{ kind: 'fig', id: 'pep-ideal-hours' },
			{ kind: 'fig', id: 'pep-max-hours' },
		]);
		expect(body.marks.map((m) => [m.raw, m.place, m.line, m.wellFormed])).toEqual([
			['[^a]', 'heading', 1, true],
			['[^a]', 'text', 3, true],
			['[^a]', 'phrase', 10, true],
			['[^ b]', 'text', 14, false],
		]);
	});

	it('finds the blocks that state a figure, outside phone numbers, links, phrases and headings', () => {
		expect(body.blocks.map((b) => [b.line, b.figures, b.references])).toEqual([
			[3, ['24'], 2],
			[5, [], 0],
			[6, ['1500'], 0],
			[8, [], 1],
			[12, [], 0],
			[12, [], 0],
			[14, ['30'], 0],
			[14, [], 0],
			[16, [], 0],
		]);
	});

	it('collects every number stated, with phone numbers and figures, but not code', () => {
		expect(new Set(body.numbers)).toEqual(new Set(['48', '24', '4', '17', '2', '1500', '30']));
	});

	it('finds footnote definitions', () => {
		expect(readMdx('Texte[^x].\n\n[^x]: Une note.').footnotes).toEqual([3]);
	});
});

const file = (extra: Partial<ClaimsFile>): ClaimsFile => ({
	path: 'src/content/guides/zh/pep.mdx',
	collection: 'guides',
	lang: 'zh',
	slug: 'pep',
	raw: '---\ntitle: x\n---\n\n最晚48小时[^sis]。\n',
	title: '套子破了怎么办？',
	description: '48小时内去急诊。',
	summary: ['最晚48小时[^sis]。'],
	sourceIds: ['sis'],
	status: 'original',
	...extra,
});

describe('the claims of the content', () => {
	it('pass when every figure has a mark and translations state the same numbers', () => {
		const report = checkClaims([
			file({}),
			file({
				path: 'src/content/guides/fr/pep.mdx',
				lang: 'fr',
				raw: '---\n---\n\nAu plus tard 48 heures[^sis].\n',
				title: 'Que faire ?',
				description: 'Dans les 48 heures.',
				summary: ['48 heures au plus tard[^sis].'],
				status: 'up-to-date',
			}),
		]);
		expect(report.errors).toEqual([]);
		expect(report.warnings).toEqual([]);
		// What each page numbers, read once here for its rendering: the marks of its body in reading order.
		expect(report.refs.get('src/content/guides/fr/pep.mdx')).toEqual([{ kind: 'mark', id: 'sis' }]);
	});

	it('name each figure of a guide without a mark, with its line, and each bad mark', () => {
		const { errors } = checkClaims([
			file({ raw: '---\ntitle: x\n---\n\n最晚48小时。\n\n打[^nope]。\n', summary: ['最晚48小时。', '好[^ sis]'] }),
		]);
		expect(errors).toEqual([
			expect.stringMatching(/^src\/content\/guides\/zh\/pep\.mdx:7:2: the mark \[\^nope\] points to no source/),
			expect.stringMatching(
				/^src\/content\/guides\/zh\/pep\.mdx: summary point 1 \("最晚48小时。"\) states 48 without a reference mark\./,
			),
			expect.stringMatching(
				/^src\/content\/guides\/zh\/pep\.mdx: summary point 2: "\[\^ sis\]" is not a reference mark\./,
			),
			expect.stringMatching(
				/^src\/content\/guides\/zh\/pep\.mdx:5: "最晚48小时。" states 48 without a reference mark\./,
			),
		]);
	});

	it('leave figures without marks alone outside guides', () => {
		expect(checkClaims([file({ collection: 'pages', raw: '2015年成立。', summary: undefined })]).errors).toEqual([]);
	});

	it('stop on an up-to-date translation with other numbers or sources, and only warn on an outdated one', () => {
		const translation = file({
			path: 'src/content/guides/fr/pep.mdx',
			lang: 'fr',
			raw: 'Au plus tard 72 heures[^tpe].',
			title: 'Que faire ?',
			description: 'Vite.',
			summary: ['Vite[^tpe].'],
			sourceIds: ['tpe'],
		});
		const upToDate = checkClaims([file({}), { ...translation, status: 'up-to-date' }]);
		expect(upToDate.errors).toEqual([
			'src/content/guides/fr/pep.mdx and its original src/content/guides/zh/pep.mdx do not state the same facts: ' +
				'it states 72, which the original does not; it does not state 48, which the original does; ' +
				"its source ids are [tpe] but the original's are [sis] (same ids, same order). Write every figure in digits, " +
				'as the original does, and fix the translation. If the original changed after the translation, the ' +
				'translation is outdated: run `npm run translations -- --lang fr`.',
		]);
		const outdated = checkClaims([file({}), { ...translation, status: 'outdated' }]);
		expect(outdated.errors).toEqual([]);
		expect(outdated.warnings).toEqual([
			expect.stringContaining('src/content/guides/fr/pep.mdx is outdated and does not state the same facts as'),
		]);
	});
});
