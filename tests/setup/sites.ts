import { join } from 'node:path';

/**
 * The sites the tests build once and share: the real site at the root and under a base path (as a
 * GitHub Pages project site), and a small fixture site with a missing and an outdated translation.
 */
export const sites = {
	root: { dir: '.tools/test-dist/root', base: '/', content: 'src/content' },
	based: { dir: '.tools/test-dist/based', base: '/steel-roses/', content: 'src/content' },
	fixture: { dir: '.tools/test-dist/fixture', base: '/', content: 'tests/fixtures/site' },
} as const;

export type SiteName = keyof typeof sites;

export const siteUrl = 'https://roses.example.org';
export const repoUrl = 'https://github.com/example/steel-roses';

export function siteDir(name: SiteName): string {
	return join(process.cwd(), sites[name].dir);
}
