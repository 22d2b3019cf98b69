import { execFileSync } from 'node:child_process';
import { licenceOf } from './licence.ts';
import { normalizeBase } from './paths.ts';
import { readVersions } from './versions.ts';

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

/** The branch that "edit" links point at. */
export const repoBranch = env['REPO_BRANCH'] || 'main';

/**
 * The licence of the site's text, by SPDX id: CC BY 4.0 unless CONTENT_LICENSE names another (see the
 * README for why). Shown in the footer, the feeds (`<rights>`) and the metadata.
 */
export const licence = licenceOf(env['CONTENT_LICENSE'] || 'CC-BY-4.0');

/**
 * How journalists reach the organisation, shown on the press page: an e-mail address or an https://
 * address (a form, a Signal link). Empty by default: the page then says that none is published, and
 * why. Never write one here that the organisation has not chosen to publish.
 */
export const pressContact = contactOf(env['PRESS_CONTACT'] ?? '');

/** The contact as a link (`mailto:` or https), or an error naming the setting and the fix. */
export function contactOf(value: string): { href: string; text: string } | undefined {
	const text = value.trim();
	if (!text) return undefined;
	if (/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(text)) return { href: `mailto:${text}`, text };
	if (text.startsWith('https://'))
		return { href: httpsUrl('PRESS_CONTACT', text), text: text.replace(/^https:\/\//, '') };
	throw new Error(
		`PRESS_CONTACT is "${text}", which is neither an e-mail address nor an https:// address. ` +
			'Set it to one (for example presse@example.org), or leave it empty: the press page then says no contact is published.',
	);
}

/** The version of every content file (its last commit), read once per build; empty without git history. */
export const contentVersions = readVersions(contentDir);

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
