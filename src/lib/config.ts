import { execFileSync } from 'node:child_process';
import { normalizeBase } from './paths.ts';

/**
 * Build settings read from the environment, so the same code serves a GitHub Pages project site
 * (`BASE_PATH=/repo-name/`) or a custom domain. Read once here; everything else imports these.
 */
const env = process.env;

/** The public address of the site, without the base path. */
export const siteUrl = env['SITE_URL'] || 'http://localhost:4321';

/** The path the site is served under: `/` or `/repo-name/`, always with slashes at both ends. */
export const basePath = normalizeBase(env['BASE_PATH']);

/** Where the content collections live (tests and the benchmark point it at another folder). */
export const contentDir = env['CONTENT_DIR'] || './src/content';

/**
 * The repository's web address, for "page history" and "edit" links. In GitHub Actions it is known;
 * elsewhere set REPO_URL. Without it, those links are left out.
 */
export const repoUrl =
	env['REPO_URL'] ||
	(env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY']
		? `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}`
		: '');

/** The branch that "page history" and "edit" links point at. */
export const repoBranch = env['REPO_BRANCH'] || 'main';

/** Where the quick exit button leaves for: a neutral site (weather), checked so a typo cannot break every exit. */
export const quickExitUrl = httpsUrl('QUICK_EXIT_URL', env['QUICK_EXIT_URL'] || 'https://meteofrance.com/');

/** `value` if it is a full `https:` address, else an error naming the setting and the fix. */
export function httpsUrl(name: string, value: string): string {
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (url?.protocol !== 'https:' || !url.hostname.includes('.')) {
		throw new Error(
			`${name} is "${value}", which is not a full https:// address of another site. ` +
				`Set ${name} to one, for example https://meteofrance.com/, or leave it unset.`,
		);
	}
	return value;
}

/**
 * The day the site was built, shown as the default "accessed" date of citations before the browser
 * puts in today's. Taken from SOURCE_DATE_EPOCH or the last commit, so two builds of the same
 * commit are identical.
 */
export const buildDate = new Date(
	env['SOURCE_DATE_EPOCH'] ? Number(env['SOURCE_DATE_EPOCH']) * 1000 : (lastCommitTime() ?? Date.now()),
);

function lastCommitTime(): number | undefined {
	try {
		const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		return seconds.trim() ? Number(seconds.trim()) * 1000 : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Whether this is `astro dev`, whose live reload injects inline code that the page's CSP would block.
 * Read from the command, not from NODE_ENV, which test runners set to "test" for the builds they start.
 */
export const devServer = process.argv.slice(2).includes('dev');
