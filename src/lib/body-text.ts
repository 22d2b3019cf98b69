import { mdxToMdast } from 'satteri';
import { figures } from '../data/figures.ts';
import { figuresIn, numbersIn, phoneNumberKey } from './numbers.ts';
import { scanMarks, withoutMarks, type BodyRef } from './references.ts';

/**
 * What the checks and the page need from the text of an MDX body, read from its syntax tree: the
 * reference marks and figures in reading order, the blocks that must carry a mark, and the numbers it
 * states. The same walk serves the MDX plugin (on the tree it compiles) and the site's checks (on a
 * tree parsed here), so both see the same marks in the same order.
 */

/** The parts of an mdast/MDX node this walk reads. */
export interface TreeNode {
	type: string;
	value?: unknown;
	name?: string | null;
	attributes?: readonly { type: string; name?: string; value?: unknown }[];
	children?: readonly TreeNode[];
	position?: { start: { line: number; column: number } } | undefined;
}

/** Where a mark stands, since some places may not hold one. */
export type MarkPlace = 'text' | 'heading' | 'phrase' | 'link';

/** One `[^…]` written in the body, with its place and line. */
export interface FoundMark {
	id: string;
	raw: string;
	wellFormed: boolean;
	place: MarkPlace;
	line: number;
	column: number;
	/** The text node that holds it (the plugin rewrites that node). */
	node: TreeNode;
	/** Its place in `refs`, for a well-formed mark in running text. */
	ref?: number | undefined;
}

/** A paragraph, list item, table cell or one-line component: the unit that must carry a mark if it states a figure. */
export interface Block {
	line: number;
	/** Its words, marks and components left out, for the message. */
	text: string;
	/** The figures its words state (outside `<Tel>`, `<Phrase>`, `<Fig>`, links and code). */
	figures: string[];
	/** Marks and `<Fig>`s it holds. */
	references: number;
}

export interface BodyText {
	/** Marks (well-formed ones) and `<Fig>`s in reading order: what gets numbered. */
	refs: BodyRef[];
	marks: FoundMark[];
	figs: { id: string; line: number; column: number; node: TreeNode; ref: number }[];
	blocks: Block[];
	/** Lines of footnote definitions (`[^x]: …`), which the site does not use. */
	footnotes: number[];
	/** Every number the body states, canonical (see numbersIn). */
	numbers: string[];
}

/** Components whose words are not claims of the page: a phrase to show, a phone number, a printed figure. */
const opaqueComponents = new Set(['Tel', 'Phrase', 'Fig', 'Term']);

function attribute(node: TreeNode, name: string): string | undefined {
	const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
}

const isJsx = (node: TreeNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const inline = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'inlineCode', 'break', 'mdxJsxTextElement']);

/**
 * Reads a whole body tree (the root of mdxToMdast, or the root a satteri plugin receives). With
 * `claims: false` (the MDX plugin, which needs only the marks and figures) the numbers the body states
 * and its blocks' figures are not read: `numbers` stays empty and blocks have no text or figures.
 */
export function readBody(root: TreeNode, { claims = true }: { claims?: boolean } = {}): BodyText {
	const result: BodyText = { refs: [], marks: [], figs: [], blocks: [], footnotes: [], numbers: [] };
	let block: Block | undefined;

	const visit = (node: TreeNode, place: MarkPlace, opaque: boolean) => {
		const line = node.position?.start.line ?? 0;
		const column = node.position?.start.column ?? 0;
		if (node.type === 'footnoteDefinition') {
			result.footnotes.push(line);
			return;
		}
		if (
			node.type === 'code' ||
			node.type === 'inlineCode' ||
			(node.type.startsWith('mdx') && node.type.endsWith('Expression'))
		) {
			return;
		}
		if (node.type === 'text' && typeof node.value === 'string') {
			const value = node.value;
			if (claims) result.numbers.push(...numbersIn(value));
			for (const token of scanMarks(value)) {
				const before = value.slice(0, token.index);
				const lines = before.split('\n');
				const mark: FoundMark = {
					id: token.id,
					raw: value.slice(token.index, token.index + token.length),
					wellFormed: token.wellFormed,
					place,
					line: line + lines.length - 1,
					column: lines.length > 1 ? lines.at(-1)!.length + 1 : column + before.length,
					node,
				};
				if (token.wellFormed && place === 'text') mark.ref = result.refs.push({ kind: 'mark', id: token.id }) - 1;
				result.marks.push(mark);
				if (block && place === 'text' && token.wellFormed) block.references++;
			}
			if (claims && block && !opaque) {
				const words = withoutMarks(value);
				block.text += words;
				block.figures.push(...figuresIn(words));
			}
			return;
		}
		if (isJsx(node)) {
			const name = node.name ?? '';
			if (name === 'Fig') {
				const id = attribute(node, 'id') ?? '';
				result.figs.push({ id, line, column, node, ref: result.refs.push({ kind: 'fig', id }) - 1 });
				const figure = Object.hasOwn(figures, id) ? figures[id as keyof typeof figures] : undefined;
				if (figure && claims) result.numbers.push(...numbersIn(String(figure.value)));
				if (block) block.references++;
				return;
			}
			if (claims && name === 'Tel') result.numbers.push(phoneNumberKey(attribute(node, 'number') ?? ''));
			if (claims && name === 'Phrase') result.numbers.push(...numbersIn(attribute(node, 'fr') ?? ''));
			const inner: MarkPlace = name === 'Phrase' ? 'phrase' : place;
			const hidden = opaque || opaqueComponents.has(name);
			// A one-line flow component (`<Callout>…48小时…</Callout>`) holds its words directly: it is a block.
			if (node.type === 'mdxJsxFlowElement' && !hidden && node.children?.some((c) => inline.has(c.type))) {
				visitBlock(node, inner);
				return;
			}
			for (const child of node.children ?? []) visit(child, inner, hidden);
			return;
		}
		if (node.type === 'heading') {
			for (const child of node.children ?? []) visit(child, 'heading', true);
			return;
		}
		if (node.type === 'link' || node.type === 'linkReference') {
			for (const child of node.children ?? []) visit(child, place === 'text' ? 'link' : place, true);
			return;
		}
		if ((node.type === 'paragraph' || node.type === 'tableCell') && !opaque && place === 'text') {
			visitBlock(node, place);
			return;
		}
		for (const child of node.children ?? []) visit(child, place, opaque);
	};

	const visitBlock = (node: TreeNode, place: MarkPlace) => {
		const outer = block;
		block = { line: node.position?.start.line ?? 0, text: '', figures: [], references: 0 };
		for (const child of node.children ?? []) visit(child, place, false);
		block.text = block.text.replace(/\s+/g, ' ').trim();
		result.blocks.push(block);
		block = outer;
	};

	visit(root, 'text', false);
	return result;
}

/** Parses an MDX body (or a whole file, front matter included) and reads it; line numbers are the file's. */
export function readMdx(source: string): BodyText {
	return readBody(mdxToMdast(source) as unknown as TreeNode);
}
