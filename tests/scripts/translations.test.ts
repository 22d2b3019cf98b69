import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs a translators' script on a copy of the fixture content, as a volunteer would. */
function run(script: string, args: string[], content: string) {
	try {
		return {
			code: 0,
			out: execFileSync(process.execPath, ['--experimental-strip-types', `scripts/${script}.ts`, ...args], {
				env: { ...process.env, CONTENT_DIR: content },
				encoding: 'utf8',
				stdio: 'pipe',
			}),
		};
	} catch (error) {
		const failure = error as { status: number; stdout: string; stderr: string };
		return { code: failure.status, out: failure.stdout + failure.stderr };
	}
}

function copyOfFixture() {
	const dir = mkdtempSync(join(tmpdir(), 'roses-translate-'));
	cpSync('tests/fixtures/site', dir, { recursive: true });
	return dir;
}

// Each test starts several Node processes, which takes seconds on a busy machine.
describe('the translators’ scripts', { timeout: 120_000 }, () => {
	it('show what is missing or outdated in French, and exit 0 unless --strict', () => {
		const content = copyOfFixture();
		const report = run('translations', ['--lang', 'fr'], content);
		expect(report.code).toBe(0);
		expect(report.out).toContain(
			'Français (fr): 0 original, 0 up to date, 1 outdated, 0 not translated yet, 4 missing',
		);
		expect(report.out).toMatch(/OUTDATED +guides\/pep/);
		expect(report.out).toContain('create it: npm run new-translation -- fr police-custody');
		expect(report.out).not.toContain('English');
		expect(run('translations', ['--lang', 'fr', '--strict'], content).code).toBe(1);
	}, 120_000);

	it('report the page model as JSON for machines: each page, its status, and what readers get', () => {
		const report = JSON.parse(run('translations', ['--json'], copyOfFixture()).out);
		expect(report.languages.en.counts).toEqual({
			original: 0,
			'up-to-date': 1,
			outdated: 0,
			'not-translated': 0,
			missing: 4,
		});
		expect(report.languages.fr.pages.find((p: { slug: string }) => p.slug === 'pep')).toMatchObject({
			slug: 'pep',
			collection: 'guides',
			original: 'zh',
			status: 'outdated',
			shows: 'fr',
			noindex: false,
		});
		expect(report.languages.en.pages.find((p: { slug: string }) => p.slug === 'pep')).toMatchObject({
			status: 'missing',
			shows: 'fr',
			noindex: true,
		});
	}, 120_000);

	it('start a translation as "not translated yet", never stamp a copy, and stamp an updated translation', () => {
		const content = copyOfFixture();
		expect(run('new-translation', ['fr', 'police-custody'], content).out).toContain('Created');
		const created = readFileSync(join(content, 'guides/fr/police-custody.mdx'), 'utf8');
		expect(created).toMatch(/translation:\n {2}from: zh\n {2}version: ""\n---/);
		expect(created).toContain('topic: rights');
		expect(created).toContain('{/* Translate this page from 简体中文 into Français');
		expect(run('new-translation', ['fr', 'police-custody'], content).code).toBe(1);
		expect(run('new-translation', ['xx', 'pep'], content).out).toContain('Unknown language "xx"');

		const copy = run('translations', ['--stamp', 'fr/police-custody'], content);
		expect(copy.code).toBe(1);
		expect(copy.out).toContain('is not translated yet: it still has the note');
		expect(run('translations', ['--stamp', 'fr/pep'], content).out).toContain('now follows the 简体中文 original');
		const report = JSON.parse(run('translations', ['--json', '--lang', 'fr'], content).out);
		expect(report.languages.fr.counts).toMatchObject({ 'up-to-date': 1, outdated: 0, 'not-translated': 1, missing: 3 });
		expect(run('translations', ['--stamp', 'zh/pep'], content).code).toBe(1);
	}, 120_000);
});
