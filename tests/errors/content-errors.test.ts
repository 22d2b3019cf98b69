import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/languages.ts';
import { build } from '../setup/build.ts';

/**
 * Each folder of tests/fixtures/errors holds one mistake a translator can make, laid over the small
 * fixture site. The build must stop (no half-built site) with a message naming the file, the field or
 * line, and what to do.
 */
async function buildWith(mistake: string) {
	const dir = mkdtempSync(join(tmpdir(), 'roses-content-'));
	cpSync('tests/fixtures/site', dir, { recursive: true });
	cpSync(join('tests/fixtures/errors', mistake), dir, { recursive: true });
	const result = await build({ CONTENT_DIR: dir });
	expect(result.ok, result.output).toBe(false);
	return result.output;
}

/** Builds the fixture site as it is, for what a build that passes still says. */
async function buildFixture() {
	const dir = mkdtempSync(join(tmpdir(), 'roses-content-'));
	cpSync('tests/fixtures/site', dir, { recursive: true });
	const result = await build({ CONTENT_DIR: dir });
	expect(result.ok, result.output).toBe(true);
	return result.output;
}

// Each test is a whole build, which takes minutes when other builds share the machine.
describe('a build with bad content stops with a message that says what to fix', { timeout: 180_000 }, () => {
	it('for an unknown language folder', async () => {
		// `xx` is no language code, so the folder stays unknown whatever languages the list gains.
		expect(await buildWith('unknown-language')).toContain(
			`guides/xx/police-custody.mdx: unknown language folder "xx". The languages are: ${langs.join(', ')} ` +
				'(src/i18n/languages.ts). Move the file into one of these folders, or add the language first',
		);
	});

	it('for a missing required field', async () => {
		const output = await buildWith('missing-field');
		expect(output).toContain('guides → zh/police-custody.mdx data does not match collection schema.');
		expect(output).toContain(
			'description: description is missing. Add a line "description: …" (one sentence saying what the page is about).',
		);
		expect(output).toMatch(/Location:\s+\S+guides\/zh\/police-custody\.mdx/);
	});

	it('for a field of the wrong kind', async () => {
		expect(await buildWith('wrong-type')).toContain('topic: topic must be one of: rights, health, safety.');
	});

	it('for a translation whose original does not exist', async () => {
		expect(await buildWith('no-original')).toMatch(
			/pages\/en\/about-us\.mdx: translation\.from says the original is in "fr", but there is no \S+pages\/fr\/about-us\.mdx\. The page exists in: en, zh\. Fix translation\.from, or add the original first\./,
		);
	});

	it('for two files claiming the same page and language', async () => {
		expect(await buildWith('duplicate')).toMatch(
			/guides\/zh\/police-custody\.mdx and \S+pages\/zh\/police-custody\.mdx: two files claim the page "police-custody" in "zh"\. Keep one and delete the other\./,
		);
	});

	it('for a date that does not exist', async () => {
		expect(await buildWith('invalid-date')).toMatch(
			/guides\/zh\/police-custody\.mdx: line 10: updated: "2026-02-30" is not a valid date\. Write a real day as YYYY-MM-DD/,
		);
	});

	it('for a link to a page that does not exist, with its line', async () => {
		expect(await buildWith('broken-link')).toMatch(
			/guides\/zh\/police-custody\.mdx:26:\d+: the link "\/free-tests\/" does not lead to any page of the site\. Pages are: about-us, pep, police-custody/,
		);
	});

	it('for an MDX syntax error, with its line', async () => {
		const output = await buildWith('mdx-syntax');
		expect(output).toContain('Expected a closing tag for `<Callout>`');
		expect(output).toMatch(/guides\/zh\/police-custody\.mdx:28:1/);
	});

	it('for a phone number that is not in the checked list', async () => {
		expect(await buildWith('unlisted-number')).toMatch(
			/guides\/zh\/police-custody\.mdx:30:\d+: the phone number "0180271920" is not in the list of checked numbers \(src\/data\/phone-numbers\.ts\)\. Use one of: /,
		);
	});
});

describe(
	'a build with a bad source or reference stops with a message that says what to fix (issue #10)',
	{ timeout: 180_000 },
	() => {
		it('for a source without a kind', async () => {
			expect(await buildWith('source-without-kind')).toContain(
				'sources.1.kind: sources[].kind is missing. Add "kind:" with one of: law, official, operator, ngo, research, press',
			);
		});

		it('for a law source without its code and article', async () => {
			const output = await buildWith('law-without-article');
			expect(output).toContain('sources.0.code: sources[].code is missing: a law source names its code or text');
			expect(output).toContain(
				'sources.0.article: sources[].article is missing: write the article as the code writes it, e.g. article: "L425-1".',
			);
		});

		it('for an "official" source on a site that is not the public body\'s own', async () => {
			expect(await buildWith('official-elsewhere')).toContain(
				'sources.1.kind: sources[].kind is "official", but ldh-france.org is not a public body\'s own site',
			);
		});

		it('for a copy of a Service-Public fiche, naming the original to cite', async () => {
			expect(await buildWith('service-public-copy')).toContain(
				'is a copy of the Service-Public fiche F1524 on mairie-athis-mons.fr. A copy is never a source: cite the original, ' +
					'url: https://www.service-public.gouv.fr/particuliers/vosdroits/F1524',
			);
		});

		it('for an address that is not https', async () => {
			expect(await buildWith('insecure-url')).toContain(
				'sources.1.url: sources[].url "http://ldh-france.org/quels-sont-vos-droits-en-garde-a-vue" starts with "http:"',
			);
		});

		it('for a malformed reference mark, with its line and the ids to use', async () => {
			expect(await buildWith('malformed-mark')).toMatch(
				/guides\/zh\/police-custody\.mdx:32:\d+: "\[\^ ldh-gav\]" is not a reference mark\. Write \[\^id\] right after the claim, with no space inside, .*: \[\^cpp-63-1\], \[\^ldh-gav\]\./,
			);
		});

		it('for a mark that points to no source', async () => {
			expect(await buildWith('unknown-mark')).toMatch(
				/guides\/zh\/police-custody\.mdx:32:\d+: the mark \[\^cpp-99\] points to no source: this page has no source with id "cpp-99"\. Use one of: \[\^cpp-63-1\], \[\^ldh-gav\]/,
			);
		});

		it('for a footnote definition', async () => {
			expect(await buildWith('footnote-definition')).toMatch(
				/guides\/zh\/police-custody\.mdx:34:1: footnote definitions \("\[\^x\]: …"\) are not used on this site\. Put the source in the front matter/,
			);
		});

		it('for a figure in a guide without a reference mark', async () => {
			expect(await buildWith('unmarked-figure')).toContain(
				'guides/zh/police-custody.mdx:34: "律师来了，你可以和律师单独说30分钟。" states 30 without a reference mark. ' +
					'Write [^id] right after the figure, where id is the source that shows it, or use <Fig id="…">',
			);
		});

		it('for an up-to-date translation that states a number its original does not, naming both files', async () => {
			expect(await buildWith('translation-numbers')).toMatch(
				/guides\/en\/police-custody\.mdx and its original \S*guides\/zh\/police-custody\.mdx do not state the same facts: it states 30, which the original does not\./,
			);
		});

		it('but only warns about an outdated translation whose numbers differ', async () => {
			expect(await buildFixture()).toMatch(
				/warning: \S*guides\/fr\/pep\.mdx is outdated and does not state the same facts as \S*guides\/zh\/pep\.mdx: it does not state 4, 800840800, which the original does\. Update it, then run `npm run translations -- --stamp fr\/pep`\./,
			);
		});
	},
);

/**
 * Content is data: a translator's MDX cannot run code, redirect, load from elsewhere or dial a number
 * that is not in the list. Each case adds a few lines to one page of the fixture site; the bare
 * `astro build` (what every host runs) must stop, naming the file, the line and the fix.
 */
async function buildWithLines(lines: string): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'roses-content-'));
	cpSync('tests/fixtures/site', dir, { recursive: true });
	appendFileSync(join(dir, 'guides/zh/police-custody.mdx'), `\n${lines}\n`);
	const result = await build({ CONTENT_DIR: dir });
	expect(result.ok, result.output).toBe(false);
	return result.output;
}

/** The page the lines are added to, at the line after its last (28). */
const at = String.raw`guides/zh/police-custody\.mdx:\d\d:\d+: .*`;

describe(
	'a page whose MDX could run code, redirect or load from elsewhere stops the build',
	{ timeout: 180_000 },
	() => {
		it.each([
			[
				'an import',
				"import fs from 'node:fs'",
				'"import" and "export" lines are code that runs when the site is built',
			],
			['an export reading the environment', 'export const env = Object.keys(process.env)', 'Remove the line'],
			['an expression', '打开 {process.env.HOME}', String.raw`curly braces \{…\} are code in MDX`],
			['code after a comment', '打开 {/* 注 */ process.env.HOME}', String.raw`curly braces \{…\} are code in MDX`],
			['a script', '<script>alert(1)</script>', '<script> is not allowed in a page: a script runs code'],
			[
				'an event handler',
				'<strong onclick="alert(1)">看</strong>',
				'"onclick" runs code when the reader touches the page',
			],
			['a javascript: link', '[看](javascript:alert(1))', String.raw`not allowed \(javascript:\)`],
			['a data: link', '<a href="data:text/html,hi">看</a>', String.raw`not allowed \(data:\)`],
			['a remote image', '![](https://tracker.example/p.png)', 'is not a file of this site'],
			['a frame', '<iframe src="https://evil.example/" />', '<iframe> is not allowed in a page'],
			['a form', '<form action="https://evil.example/">x</form>', '<form> is not allowed in a page'],
			[
				'a meta refresh',
				'<meta http-equiv="refresh" content="8;url=https://evil.example/" />',
				'<meta> is not allowed',
			],
			['an embed', '<embed src="https://evil.example/x" />', '<embed> is not allowed in a page'],
		])('for %s', async (_, lines, message) => {
			expect(await buildWithLines(lines)).toMatch(new RegExp(at + message));
		});
	},
);

describe('a tap-to-call link that shows or dials an unlisted number stops the build', { timeout: 180_000 }, () => {
	it.each([
		['an address written as code', '<a href={"TEL:0612345678"}>打电话</a>', 'the value is code in braces'],
		[
			'an upper-case TEL:',
			'<a href="TEL:0612345678">06 12 34 56 78</a>',
			'the phone number "0612345678" is not in the list',
		],
		['a <Tel> showing another number', '<Tel number="15">06 12 34 56 78</Tel>', 'write it with nothing inside'],
		['a reference-style link', '[打这个电话][n]\n\n[n]: tel:0612345678', 'a phone number in a link reference'],
		['words that show another number', '[06 12 34 56 78](tel:15)', 'the link dials 15 but shows "06 12 34 56 78"'],
	])('for %s', async (_, lines, message) => {
		expect(await buildWithLines(lines)).toMatch(new RegExp(at + message));
	});
});

describe('front matter that cannot be right stops the build, every problem at once', { timeout: 180_000 }, () => {
	it('for dates in the future or out of order, an empty page and a page named like a route', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'roses-content-'));
		cpSync('tests/fixtures/site', dir, { recursive: true });
		cpSync('tests/fixtures/errors/front-matter', dir, { recursive: true });
		const result = await build({ CONTENT_DIR: dir });
		expect(result.ok, result.output).toBe(false);
		expect(result.output).toMatch(
			/guides\/zh\/pep\.mdx: line \d+: published: 2062-11-28 is in the future \(the site is built on \d{4}-\d\d-\d\d\)\. Write the day it happened/,
		);
		expect(result.output).toMatch(
			/guides\/zh\/pep\.mdx: line \d+: updated: 2026-11-28 is before published: 2062-11-28\. "updated" is the day the facts last changed/,
		);
		expect(result.output).toMatch(/guides\/zh\/police-custody\.mdx: the page has no text after its front matter/);
		expect(result.output).toMatch(
			/guides\/zh\/glossary\.mdx: the file name "glossary\.mdx" is the address of a page the site makes itself \(\/zh\/glossary\/\)\. Choose another name/,
		);
	});
});
