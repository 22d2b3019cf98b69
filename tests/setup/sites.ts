import { join } from 'node:path';
import { isLang } from '../../src/i18n/languages.ts';

/**
 * A language the list does not have yet, for the site that adds one: the first of a few real ones,
 * so the test keeps working when the site gains any of them.
 */
export const addedLanguage = (['es', 'vi', 'de', 'pt', 'ru'] as const)
	.map((code) => ({
		code,
		name: new Intl.DisplayNames([code], { type: 'language' }).of(code)!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
	}))
	.find(({ code }) => !isLang(code))!;

/**
 * The sites the tests build once and share: the real site at the root and under a base path (as a
 * GitHub Pages project site), a small fixture site with a missing and an outdated translation, and
 * the fixture site in a copy of the project where `npm run add-language` added one more language and
 * `npm run new-translation` left one page untranslated. `project` is where the site's code is (the
 * repository itself when absent); `content` is relative to it; `repo`: built with REPO_URL.
 */
export const sites = {
	root: { dir: '.tools/test-dist/root', base: '/', content: 'src/content', repo: true },
	based: { dir: '.tools/test-dist/based', base: '/steel-roses/', content: 'src/content', repo: true },
	fixture: { dir: '.tools/test-dist/fixture', base: '/', content: 'tests/fixtures/site', repo: true },
	// Built as a fork would be, without REPO_URL and with content git has never seen.
	added: {
		dir: '.tools/test-dist/added',
		base: '/',
		content: 'content',
		project: '.tools/test-dist/added-project',
		repo: false,
	},
} as const satisfies Record<string, { dir: string; base: string; content: string; project?: string; repo: boolean }>;

export type SiteName = keyof typeof sites;

/** The test sites of this run, for the rules that hold on any of them (TEST_SITES=fixture,added: only some). */
export const siteNames = (Object.keys(sites) as SiteName[]).filter(
	(name) => !process.env['TEST_SITES'] || process.env['TEST_SITES'].split(',').includes(name),
);

export const siteUrl = 'https://roses.example.org';
/** The press contact the fixture site is built with (PRESS_CONTACT); the other sites have none. */
export const pressContact = 'presse@roses.example.org';
export const repoUrl = 'https://github.com/example/steel-roses';

export function siteDir(name: SiteName): string {
	return join(process.cwd(), sites[name].dir);
}

/** The folder of the project that builds a site: the repository, or its copy. */
export function projectDir(name: SiteName): string {
	const site = sites[name];
	return 'project' in site ? join(process.cwd(), site.project) : process.cwd();
}

/** Where the page model of a site is written (by the global setup, from `npm run translations -- --json`). */
export function modelFile(name: SiteName): string {
	return `${siteDir(name)}.model.json`;
}

/** Where the output of a site's build is kept, to check its warnings. */
export function logFile(name: SiteName): string {
	return `${siteDir(name)}.log`;
}
