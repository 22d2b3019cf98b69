import { cpSync, mkdtempSync } from 'node:fs';
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
			/guides\/zh\/police-custody\.mdx:24:\d+: the link "\/free-tests\/" does not lead to any page of the site\. Pages are: about-us, pep, police-custody/,
		);
	});

	it('for an MDX syntax error, with its line', async () => {
		const output = await buildWith('mdx-syntax');
		expect(output).toContain('Expected a closing tag for `<Callout>`');
		expect(output).toMatch(/guides\/zh\/police-custody\.mdx:26:1/);
	});

	it('for a phone number that is not in the checked list', async () => {
		expect(await buildWith('unlisted-number')).toMatch(
			/guides\/zh\/police-custody\.mdx:28:\d+: the phone number "0180271920" is not in the list of checked numbers \(src\/data\/phone-numbers\.ts\)\. Use one of: /,
		);
	});
});
