/**
 * A heading's fixed id, `## Title {/* #my-id *\/}`: an id that survives edits of the heading's text
 * (and its translations), for links to one section. The MDX allow-list lets this one comment through;
 * the MDX plugin (mdx-rules.ts) removes it and gives the heading its id.
 */

/** The comment that gives a heading its fixed id, the one comment that does something. */
export const headingIdComment = /^\s*\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\s*$/;

/** The id a heading's last expression gives it, or undefined when the expression is no such comment. */
export function headingIdOf(expression: string): string | undefined {
	return headingIdComment.exec(expression)?.[1];
}
