import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxFlowElement, PluginFactoryContext } from 'satteri';
import { glossary } from '../../data/glossary.ts';
import type { PhoneNumberId } from '../../data/phone-numbers.ts';
import type { Mention } from '../glossary.ts';
import { defaultLang, isLang, type Lang } from '../../i18n/languages.ts';
import { absoluteUrl, langOfFile, pagePath } from '../paths.ts';
import { isListedNumber, numberOfHref, shownNumberProblem, unlistedNumberMessage } from '../phone.ts';

/**
 * Checks and rewrites what MDX content points at, while it compiles:
 * - `[text](/prep/)` and `[text](/prep/#section)` become the page in the file's own language, under the
 *   base path; a slug that is no page stops the build with the file and line;
 * - `tel:`/`sms:` links and `<Tel number>` must use a number of `src/data/phone-numbers.ts`;
 * - `<Term id>` must be an id of the glossary, and learns whether it is the term's first mention on the page;
 * - `## Heading {/* #my-id *\/}` gives the heading a fixed id that survives edits of its text.
 */

/** MDX components that render words and so need the language of the text they sit in. */
const textComponents = ['Callout', 'Phrase', 'Term', 'GetHelp', 'PressContact', 'PressKit'];

/** Plain ASCII words of a French sentence: `J'ai besoin d'aide.` → `j-ai-besoin-d-aide`. */
export function asciiSlug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 48)
		.replace(/-$/, '');
}

/** Paths inside a language that are not content pages but exist in every language. */
export const specialPaths = ['search/', 'glossary/', 'translate/', 'feed.xml'];

export interface LinkCheckOptions {
	base: string;
	site: string;
	/** The slugs of the site's pages (from the page model). */
	slugs: readonly string[];
}

type Positioned = { position?: { start: { line: number; column: number } } | undefined };
type JsxNode = Positioned & {
	name: string | null;
	attributes: readonly { type: string; name?: string; value?: unknown }[];
};

function attribute(node: JsxNode, name: string): string | undefined {
	const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
}

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

/** The satteri plugin doing the checks above; one instance per compiled file. */
export function checkLinks(options: LinkCheckOptions) {
	const known = new Set(options.slugs);
	return (context: PluginFactoryContext): MdastPluginDefinition | undefined => {
		if (context.sourceFormat !== 'mdx' || !context.fileURL) return undefined;
		const file = fileURLToPath(context.fileURL);
		const lang = langOfFile(file) ?? defaultLang;
		const fail = (node: Positioned, message: string): never => {
			const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
			throw new Error(`${relative(process.cwd(), file)}${at}: ${message}`);
		};
		const checkHref = (node: Positioned, href: string, shown?: string): string | undefined => {
			const number = numberOfHref(href);
			if (number !== undefined) {
				if (!isListedNumber(number)) fail(node, unlistedNumberMessage(number));
				const problem = shown === undefined ? undefined : shownNumberProblem(shown, number as PhoneNumberId);
				if (problem) fail(node, problem);
				return undefined;
			}
			if (!href.startsWith('/')) return undefined;
			const resolved = resolveInternal(href, lang, known, options.base);
			return 'problem' in resolved ? fail(node, resolved.problem) : resolved.href;
		};
		const phraseIds = new GithubSlugger();
		const mentioned = new Set<string>();
		/** The French of a term is shown once per page (Term.astro): at its first mention, or where it stands alone in brackets. */
		const mention = (node: JsxNode, ctx: MdastVisitorContext): Mention => {
			const id = attribute(node, 'id') ?? '';
			const siblings = ctx.parent(node as MdxJsxFlowElement)?.children ?? [];
			const index = ctx.indexOf(node as MdxJsxFlowElement) ?? -1;
			const before = siblings[index - 1];
			const after = siblings[index + 1];
			const bracketed =
				before?.type === 'text' && /[（(]$/.test(before.value) && after?.type === 'text' && /^[）)]/.test(after.value);
			const first = !mentioned.has(id);
			mentioned.add(id);
			return bracketed ? 'bracketed' : first ? 'first' : 'again';
		};
		const checkJsx = (node: JsxNode, ctx: MdastVisitorContext) => {
			if (node.name && textComponents.includes(node.name)) {
				// The components show words in the language of the text around them (on a fallback page,
				// not the reader's): tell each one that language, and give phrase cards a stable id.
				const added: { type: 'mdxJsxAttribute'; name: string; value: string }[] = [
					{ type: 'mdxJsxAttribute', name: 'lang', value: lang },
				];
				if (node.name === 'Phrase') {
					added.push({
						type: 'mdxJsxAttribute',
						name: 'id',
						value: `phrase-${phraseIds.slug(asciiSlug(attribute(node, 'fr') ?? ''))}`,
					});
				}
				if (node.name === 'Term') added.push({ type: 'mdxJsxAttribute', name: 'mention', value: mention(node, ctx) });
				ctx.replaceNode(node as MdxJsxFlowElement, {
					...(node as MdxJsxFlowElement),
					children: [...(node as MdxJsxFlowElement).children],
					attributes: [...(node as MdxJsxFlowElement).attributes, ...added],
				});
			}
			if (node.name === 'Tel') {
				const number = attribute(node, 'number') ?? '';
				if (!isListedNumber(number)) fail(node, `<Tel number="${number}">: ${unlistedNumberMessage(number)}`);
				// The words of a <Tel> are its listed number, so what is shown is what is dialled.
				if ((node as MdxJsxFlowElement).children.length > 0) {
					fail(
						node,
						`<Tel number="${number}">: write it with nothing inside, <Tel number="${number}" />; it shows the number.`,
					);
				}
			} else if (node.name === 'Term') {
				const id = attribute(node, 'id') ?? '';
				if (!Object.hasOwn(glossary, id)) {
					fail(
						node,
						`<Term id="${id}">: no such term in the glossary (src/data/glossary.ts). ` +
							`Ids are: ${Object.keys(glossary).join(', ')}.`,
					);
				}
			} else if (node.name === 'a') {
				if (node.attributes.some((a) => a.name === 'href' && typeof a.value !== 'string')) {
					fail(node, '<a href={…}>: write the address as plain text in quotes, href="…".');
				}
				const href = attribute(node, 'href') ?? '';
				if (href.startsWith('/')) {
					fail(node, `<a href="${href}">: write links to pages of the site as Markdown: [text](${href}).`);
				}
				checkHref(node, href, ctx.textContent(node as MdxJsxFlowElement));
			}
		};
		return {
			name: 'steel-roses-check-links',
			options: { position: true },
			link(node, ctx) {
				const href = checkHref(node, node.url, ctx.textContent(node));
				if (href) {
					ctx.setProperty(node, 'url', href);
					// Written out after the link text in print, where a reader cannot click.
					ctx.setProperty(node, 'data', { hProperties: { 'data-print-url': absoluteUrl(options.site, href) } });
				}
			},
			// A reference-style link, `[text][id]` with `[id]: /prep/` below: its address is checked the same way.
			definition(node, ctx) {
				const href = checkHref(node, node.url);
				if (href) ctx.setProperty(node, 'url', href);
			},
			mdxJsxFlowElement: checkJsx,
			mdxJsxTextElement: checkJsx,
			heading(node, ctx) {
				const last = node.children.at(-1);
				if (last?.type !== 'mdxTextExpression') return;
				const match = /^\s*\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\s*$/.exec(last.value);
				if (!match) return;
				ctx.removeNode(last);
				ctx.setProperty(node, 'data', { hProperties: { id: match[1] } });
			},
		};
	};
}
