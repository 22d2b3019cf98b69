import type { Positioned } from './mdx-node.ts';

/**
 * How an MDX plugin stops the build: an error that names the file and, when known, the line and
 * column, as editors and terminals link them, then what is wrong and what to write instead:
 * `src/content/guides/zh/prep.mdx:26:3: the link "/prepp/" does not lead to any page of the site. …`
 */
export function sourceError(file: string, start: { line: number; column: number } | undefined, message: string): Error {
	const at = start ? `:${start.line}:${start.column}` : '';
	return new Error(`${file}${at}: ${message}`);
}

/** A function that stops the build at a node of `file` (its path as shown) with a message. */
export function failAt(file: string): (node: Positioned, message: string) => never {
	return (node, message) => {
		throw sourceError(file, node.position?.start, message);
	};
}
