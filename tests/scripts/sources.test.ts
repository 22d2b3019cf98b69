import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run sources` on a copy of the fixture content, as a maintainer would. */
function sources(content: string) {
	try {
		const out = execFileSync(process.execPath, ['--experimental-strip-types', 'scripts/sources.ts'], {
			env: { ...process.env, CONTENT_DIR: content },
			encoding: 'utf8',
			stdio: 'pipe',
		});
		return { code: 0, out };
	} catch (error) {
		const failure = error as { status: number; stdout: string; stderr: string };
		return { code: failure.status, out: failure.stdout + failure.stderr };
	}
}

function copyOfFixture() {
	const dir = mkdtempSync(join(tmpdir(), 'roses-sources-'));
	cpSync('tests/fixtures/site', dir, { recursive: true });
	return dir;
}

describe('npm run sources', () => {
	it('prints each page’s kinds, share of primary sources and sites, with its figures’ sources, and passes', () => {
		const content = copyOfFixture();
		// Without the about page's association source, 4 of the 5 sources are primary: 80%.
		rmSync(join(content, 'pages'), { recursive: true });
		const report = sources(content);
		expect(report.code, report.out).toBe(0);
		expect(report.out).toContain('guides/police-custody');
		// Its own law article and association, plus the article of the <Fig id="gav-hours"> it uses.
		expect(report.out).toContain('law 2 · ngo 1   primary 2/3 (67%)');
		expect(report.out).toContain('sites: Code de procédure pénale (law, no address), ldh-france.org');
		expect(report.out).toContain('Site: 5 sources in 2 pages, 4 primary (80%); at least 70% must be.');
	}, 120_000);

	it('fails, saying what to cite, when a guide has fewer than 2 primary sources or the site less than 70%', () => {
		const content = copyOfFixture();
		const file = join(content, 'guides/zh/pep.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('kind: official', 'kind: press'));
		const report = sources(content);
		expect(report.code).toBe(1);
		expect(report.out).toMatch(
			/guides\/zh\/pep\.mdx: 1 primary source; a guide needs at least 2\. Cite the law by code and article/,
		);
		expect(report.out).toContain("of the site's sources are primary; at least 70% must be.");
	}, 120_000);
});
