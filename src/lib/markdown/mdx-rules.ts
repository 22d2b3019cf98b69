import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxFlowElement, PluginFactoryContext } from 'satteri';
import { defaultLang } from '../../i18n/languages.ts';
import { absoluteUrl, langOfFile } from '../paths.ts';
import { numberOfHref } from '../phone.ts';
import { termProblem } from './glossary-terms.ts';
import { headingIdOf } from './heading-ids.ts';
import { htmlLinkProblem, resolveInternal } from './internal-links.ts';
import { attribute, type JsxElement, type Positioned } from './mdx-node.ts';
import { phoneLinkProblem, telProblem } from './phone-links.ts';
import { failAt } from './report.ts';
import { textComponentAttributes } from './text-components.ts';

/**
 * The MDX plugin that applies, in one walk of each file's tree, the rules of the modules beside it,
 * and stops the build at the first thing that breaks one (report.ts names the file and the line):
 * - internal-links.ts: `[text](/prep/)` becomes the page in the file's own language, under the base path;
 * - phone-links.ts: `tel:`/`sms:` links and `<Tel number>` dial only numbers of `src/data/phone-numbers.ts`;
 * - glossary-terms.ts: `<Term id>` is an id of the glossary;
 * - text-components.ts: components that show words learn the language of the text around them;
 * - heading-ids.ts: `## Heading {/* #my-id *\/}` gives the heading a fixed id.
 */

export interface MdxRulesOptions {
	base: string;
	site: string;
	/** The slugs of the site's pages (from the page model). */
	slugs: readonly string[];
}

/** The satteri plugin; one instance per compiled file. */
export function mdxRules(options: MdxRulesOptions) {
	const known = new Set(options.slugs);
	return (context: PluginFactoryContext): MdastPluginDefinition | undefined => {
		if (context.sourceFormat !== 'mdx' || !context.fileURL) return undefined;
		const file = fileURLToPath(context.fileURL);
		const lang = langOfFile(file) ?? defaultLang;
		const fail = failAt(relative(process.cwd(), file));
		const componentAttributes = textComponentAttributes(lang);
		/** Checks an address; returns what an internal link becomes, or undefined to leave it as written. */
		const checkHref = (node: Positioned, href: string, shown?: string): string | undefined => {
			const number = numberOfHref(href);
			if (number !== undefined) {
				const problem = phoneLinkProblem(number, shown);
				if (problem) fail(node, problem);
				return undefined;
			}
			if (!href.startsWith('/')) return undefined;
			const resolved = resolveInternal(href, lang, known, options.base);
			return 'problem' in resolved ? fail(node, resolved.problem) : resolved.href;
		};
		/** The text right before and after an element, where its neighbours are text. */
		const textAround = (node: MdxJsxFlowElement, ctx: MdastVisitorContext) => {
			const siblings = ctx.parent(node)?.children ?? [];
			const index = ctx.indexOf(node) ?? -1;
			const before = siblings[index - 1];
			const after = siblings[index + 1];
			return {
				before: before?.type === 'text' ? before.value : undefined,
				after: after?.type === 'text' ? after.value : undefined,
			};
		};
		const checkJsx = (node: JsxElement, ctx: MdastVisitorContext) => {
			const element = node as MdxJsxFlowElement;
			const added = componentAttributes(node, () => textAround(element, ctx));
			if (added) {
				ctx.replaceNode(element, {
					...element,
					children: [...element.children],
					attributes: [...element.attributes, ...added],
				});
			}
			if (node.name === 'Tel') {
				const problem = telProblem(attribute(node, 'number') ?? '', element.children.length > 0);
				if (problem) fail(node, problem);
			} else if (node.name === 'Term') {
				const problem = termProblem(attribute(node, 'id') ?? '');
				if (problem) fail(node, problem);
			} else if (node.name === 'a') {
				const problem = htmlLinkProblem(node);
				if (problem) fail(node, problem);
				checkHref(node, attribute(node, 'href') ?? '', ctx.textContent(element));
			}
		};
		return {
			name: 'steel-roses-mdx-rules',
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
				const id = headingIdOf(last.value);
				if (id === undefined) return;
				ctx.removeNode(last);
				ctx.setProperty(node, 'data', { hProperties: { id } });
			},
		};
	};
}
