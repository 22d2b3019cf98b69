import GithubSlugger from 'github-slugger';
import type { Lang } from '../../i18n/languages.ts';
import { termMentions } from './glossary-terms.ts';
import { attribute, type JsxElement } from './mdx-node.ts';

/**
 * MDX components that show words take them in the language of the text they sit in, which on a
 * fallback page is not the reader's: the MDX plugin (mdx-rules.ts) tells each its `lang`, gives each
 * phrase card a stable id from its French words, and tells each `<Term>` which mention it is.
 */

/** MDX components that render words and so need the language of the text they sit in. */
export const textComponents = ['Callout', 'Phrase', 'Term', 'GetHelp', 'PressContact', 'PressKit'];

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

export interface AddedAttribute {
	type: 'mdxJsxAttribute';
	name: string;
	value: string;
}

/** The text just before and after an element, where its neighbours are text. */
export interface Around {
	before?: string | undefined;
	after?: string | undefined;
}

/**
 * For one page in `lang`: the attributes to add to each element, in the page's order, or undefined for
 * an element that shows no words. `around` is asked only for a `<Term>`.
 */
export function textComponentAttributes(
	lang: Lang,
): (node: JsxElement, around: () => Around) => AddedAttribute[] | undefined {
	const phraseIds = new GithubSlugger();
	const mention = termMentions();
	return (node, around) => {
		if (!node.name || !textComponents.includes(node.name)) return undefined;
		const added: AddedAttribute[] = [{ type: 'mdxJsxAttribute', name: 'lang', value: lang }];
		if (node.name === 'Phrase') {
			added.push({
				type: 'mdxJsxAttribute',
				name: 'id',
				value: `phrase-${phraseIds.slug(asciiSlug(attribute(node, 'fr') ?? ''))}`,
			});
		}
		if (node.name === 'Term') {
			const { before, after } = around();
			added.push({
				type: 'mdxJsxAttribute',
				name: 'mention',
				value: mention(attribute(node, 'id') ?? '', before, after),
			});
		}
		return added;
	};
}
