import { glossary } from '../../data/glossary.ts';
import type { Mention } from '../glossary.ts';

/** `<Term id>` in MDX: an id of the glossary (`src/data/glossary.ts`), and which mention of it on its page. */

/** What is wrong with a `<Term id="…">`, or undefined when the glossary has the id. */
export function termProblem(id: string): string | undefined {
	if (Object.hasOwn(glossary, id)) return undefined;
	return (
		`<Term id="${id}">: no such term in the glossary (src/data/glossary.ts). ` +
		`Ids are: ${Object.keys(glossary).join(', ')}.`
	);
}

/**
 * The mentions of terms on one page, in the order the page has them: the French of a term is shown
 * once per page (Term.astro), at its first mention, or where the term stands alone between brackets
 * (`急救（<Term id="samu" />）`). Give it each `<Term>`'s id and the text just before and after it.
 */
export function termMentions(): (id: string, textBefore?: string, textAfter?: string) => Mention {
	const mentioned = new Set<string>();
	return (id, textBefore, textAfter) => {
		const bracketed = /[（(]$/.test(textBefore ?? '') && /^[）)]/.test(textAfter ?? '');
		const first = !mentioned.has(id);
		mentioned.add(id);
		return bracketed ? 'bracketed' : first ? 'first' : 'again';
	};
}
