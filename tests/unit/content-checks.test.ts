import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { langs } from '../../src/i18n/languages.ts';
import { checkContent, locate, reservedSlugs, type RawFile } from '../../src/lib/content-checks.ts';

const front = (extra = '') => `---\ntitle: T\npublished: 2026-11-28\nupdated: 2026-11-28\n${extra}---\n\nBody\n`;
const file = (collection: string, id: string, raw = front()): RawFile => ({
	collection,
	id,
	path: `src/content/${collection}/${id}`,
	raw,
});

describe('content checks', () => {
	it('accept an original with its translations', () => {
		expect(
			checkContent([
				file('guides', 'zh/prep.mdx'),
				file('guides', 'fr/prep.mdx', front('translation:\n  from: zh\n  version: "abc"\n')),
			]),
		).toEqual([]);
	});

	it('name an unknown language folder and say how to fix it', () => {
		// `xx` is no language code, so this stays an unknown folder whatever languages the list gains.
		expect(checkContent([file('guides', 'xx/prep.mdx')])).toEqual([
			`src/content/guides/xx/prep.mdx: unknown language folder "xx". The languages are: ${langs.join(', ')} (src/i18n/languages.ts). ` +
				'Move the file into one of these folders, or add the language first: npm run add-language -- <code> "<name>" ' +
				'(docs/adding-a-language.md).',
		]);
	});

	it('reject files outside a language folder, in sub-folders, in .md or with a bad name', () => {
		expect(locate('prep.mdx')).toHaveProperty('problem');
		expect(locate('fr/drafts/prep.mdx')).toEqual({
			problem: 'files go directly in a language folder, not in a sub-folder. Move it to fr/prep.mdx.',
		});
		expect(locate('fr/prep.md')).toEqual({ problem: 'pages are written in MDX: rename prep.md to prep.mdx.' });
		expect(locate('fr/PrEP Guide.mdx')).toHaveProperty('problem');
		expect(locate('fr/prep.mdx')).toEqual({ lang: 'fr', slug: 'prep' });
	});

	it('report two files claiming the same page and language', () => {
		const problems = checkContent([file('guides', 'fr/prep.mdx'), file('guides', 'fr/prep.md')]);
		expect(problems).toContain('src/content/guides/fr/prep.md: pages are written in MDX: rename prep.md to prep.mdx.');
		const twice = checkContent([file('guides', 'fr/prep.mdx'), file('pages', 'fr/prep.mdx')]);
		expect(twice.join('\n')).toContain('two files claim the page "prep" in "fr"');
		expect(twice.join('\n')).toContain('is used in two collections');
	});

	it('report a translation whose original does not exist', () => {
		expect(
			checkContent([file('guides', 'fr/prep.mdx', front('translation:\n  from: zh\n  version: "abc"\n'))]),
		).toEqual([
			'src/content/guides/fr/prep.mdx: translation.from says the original is in "zh", but there is no ' +
				'src/content/guides/zh/prep.mdx. The page exists in: fr. Fix translation.from, or add the original first.',
		]);
	});

	it('report two originals of one page', () => {
		const problems = checkContent([file('guides', 'zh/prep.mdx'), file('guides', 'fr/prep.mdx')]);
		expect(problems[0]).toMatch(/two originals for the page "prep"/);
	});

	it('report a date that does not exist, with its line, where YAML would roll it over', () => {
		expect(
			checkContent([file('guides', 'zh/prep.mdx', front().replace('updated: 2026-11-28', 'updated: 2026-02-30'))]),
		).toEqual([
			'src/content/guides/zh/prep.mdx: line 4: updated: "2026-02-30" is not a valid date. Write a real day as YYYY-MM-DD, for example 2026-11-28.',
		]);
	});

	it('read the dates of every source and change, quoted or not, and name the wrong one by its line', () => {
		const lists = (changeDate: string) =>
			front(
				'sources:\n  - id: a\n    consulted: "2026-11-20"\n  - id: b\n    consulted: 2026-11-21\n' +
					`changes:\n  - date: ${changeDate}\n    note: First\n`,
			);
		expect(checkContent([file('guides', 'zh/prep.mdx', lists('2026-11-28'))])).toEqual([]);
		expect(checkContent([file('guides', 'zh/prep.mdx', lists('2026-11-31'))])).toEqual([
			'src/content/guides/zh/prep.mdx: line 11: changes[0].date: "2026-11-31" is not a valid date. Write a real day as YYYY-MM-DD, for example 2026-11-28.',
		]);
		expect(checkContent([file('guides', 'zh/prep.mdx', lists('~'))])).toEqual([
			'src/content/guides/zh/prep.mdx: line 11: changes[0].date: "" is not a valid date. Write a real day as YYYY-MM-DD, for example 2026-11-28.',
		]);
	});

	it('report a date after the day of the build, with its line', () => {
		const today = new Date('2026-11-28T12:00:00Z');
		const later = front('reviewed:\n  date: 2027-11-28\n  by: editors\n');
		expect(checkContent([file('guides', 'zh/prep.mdx', later)], today)).toEqual([
			'src/content/guides/zh/prep.mdx: line 6: reviewed.date: 2027-11-28 is in the future (the site is built on 2026-11-28). ' +
				'Write the day it happened, as YYYY-MM-DD.',
		]);
		// A day ahead is allowed: a page published just after midnight somewhere east of the build machine.
		expect(checkContent([file('guides', 'zh/prep.mdx')], new Date('2026-11-27T12:00:00Z'))).toEqual([]);
	});

	it('report a page published after its last update', () => {
		const raw = front().replace('published: 2026-11-28', 'published: "2026-11-29"');
		expect(checkContent([file('guides', 'zh/prep.mdx', raw)], new Date('2026-12-01'))).toEqual([
			'src/content/guides/zh/prep.mdx: line 4: updated: 2026-11-28 is before published: 2026-11-29. ' +
				'"updated" is the day the facts last changed, on or after the day the page was first published: fix one of them.',
		]);
	});

	it('report a page with nothing below its front matter', () => {
		const empty = front().replace('\nBody\n', '\n{/* #nothing */}\n\n');
		expect(checkContent([file('guides', 'zh/prep.mdx', empty)])).toEqual([
			'src/content/guides/zh/prep.mdx: the page has no text after its front matter (the block between the two "---" lines). ' +
				'Write the page below it, or delete the file.',
		]);
	});

	it('refuse a file named like a page the site makes itself', () => {
		expect(locate('fr/glossary.mdx')).toEqual({
			problem:
				'the file name "glossary.mdx" is the address of a page the site makes itself (/fr/glossary/). ' +
				'Choose another name, e.g. glossary-guide.mdx, the same in every language.',
		});
		// Every route of a language (src/pages/[lang]/) is reserved, so a new route cannot be hidden by a page.
		for (const route of readdirSync('src/pages/[lang]').filter((name) => !name.startsWith('['))) {
			expect(reservedSlugs, route).toContain(route.split('.')[0]);
		}
	});
});
