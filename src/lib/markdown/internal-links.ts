import { isLang, type Lang } from '../../i18n/languages.ts';
import { pagePath } from '../paths.ts';
import { attribute, type JsxElement } from './mdx-node.ts';

/**
 * Links from one page of the site to another. Content writes them without language or base path,
 * `[text](/prep/)` or `[text](/prep/#section)`, and the MDX plugin (mdx-rules.ts) makes each the page
 * in the file's own language, under the base path; a link that leads to no page stops the build.
 */

/** Paths inside a language that are not content pages but exist in every language. */
export const specialPaths = ['search/', 'glossary/', 'translate/', 'feed.xml'];

/**
 * Resolves an internal link written `/slug/`, `/slug/#id` or a special path, or says what is wrong.
 * `resolveInternal('/prep/#daily', 'fr', slugs, '/roses/')` → `{ href: '/roses/fr/prep/#daily' }`.
 */
export function resolveInternal(
	href: string,
	lang: Lang,
	slugs: ReadonlySet<string>,
	base: string,
): { href: string } | { problem: string } {
	const [path = '', hash] = href.split('#', 2);
	const inner = path.replace(/^\/+/, '');
	const fragment = hash === undefined ? '' : `#${hash}`;
	if (specialPaths.includes(inner)) return { href: pagePath(base, lang, inner) + fragment };
	const slug = inner.replace(/\/$/, '');
	if (slugs.has(slug) && inner === `${slug}/`) return { href: pagePath(base, lang, slug) + fragment };
	const first = inner.split('/')[0] ?? '';
	const hint = isLang(first)
		? ` Write links without the language: /${inner.slice(first.length + 1)} (it is added for each language).`
		: slugs.has(slug)
			? ` Write it with a slash at the end: /${slug}/.`
			: ` Pages are: ${[...slugs].sort().join(', ')}; also ${specialPaths.map((p) => `/${p}`).join(', ')}.`;
	return { problem: `the link "${href}" does not lead to any page of the site.${hint}` };
}

/**
 * What is wrong with an HTML link `<a href>` in MDX, or undefined: its address must be plain text (so
 * it can be checked), and a page of the site is linked in Markdown (so it is resolved as above).
 */
export function htmlLinkProblem(node: JsxElement): string | undefined {
	if (node.attributes.some((a) => a.name === 'href' && typeof a.value !== 'string')) {
		return '<a href={…}>: write the address as plain text in quotes, href="…".';
	}
	const href = attribute(node, 'href') ?? '';
	if (href.startsWith('/')) return `<a href="${href}">: write links to pages of the site as Markdown: [text](${href}).`;
	return undefined;
}
