/**
 * The parts of the compiler's MDX nodes that the plugins read, typed once: where a node starts in its
 * file, and a JSX element's name and attributes.
 */

/** A node with where it starts in its file (when the plugin asked satteri for positions). */
export type Positioned = { position?: { start: { line: number; column: number } } | undefined };

/** A JSX element in MDX, `<Tel number="15" />`: its name (null for `<>…</>`) and its attributes. */
export type JsxElement = Positioned & {
	name: string | null;
	attributes: readonly { type: string; name?: string; value?: unknown }[];
};

/** An attribute's value when it is written as plain text in quotes, `number="15"`; else undefined. */
export function attribute(node: JsxElement, name: string): string | undefined {
	const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
}
