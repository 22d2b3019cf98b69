import { figures } from '../data/figures.ts';
import { sourceIdPattern, sameSource, type Source } from './sources.ts';

/**
 * Reference marks: `[^id]` written right after a claim, where `id` is a source of the page. This module
 * reads them and numbers a page's sources once, so that the marks in the text (the MDX plugin), the
 * marks in the "in short" box and the list of sources agree on every number and every link.
 */

/** Anything written like a mark, well formed or not: `[^cpp-63]`, and also `[^ x]`, `[^X]`, `[^]`. */
const markLike = /\[\^([^\]\n]{0,60})\]/g;

/** One mark found in a text: its id, where it starts, how long it is, and whether the id is well formed. */
export interface MarkToken {
	id: string;
	index: number;
	length: number;
	wellFormed: boolean;
}

/** Every mark of a text: `scanMarks('24小时[^cpp-63]。')` → `[{ id: 'cpp-63', index: 4, length: 9, wellFormed: true }]`. */
export function scanMarks(text: string): MarkToken[] {
	return [...text.matchAll(markLike)].map((match) => ({
		id: match[1] ?? '',
		index: match.index,
		length: match[0].length,
		wellFormed: sourceIdPattern.test(match[1] ?? ''),
	}));
}

/** A text without its marks, for reading its words and numbers: `24小时[^cpp-63]。` → `24小时。`. */
export function withoutMarks(text: string): string {
	return text.replace(markLike, '');
}

/** A piece of a text with marks: plain words, or a mark (the spaces before a mark are dropped). */
export type Segment = { text: string } | { mark: string };

/** A text cut into words and marks, for rendering: `'24 h [^a][^b].'` → `24 h`, `a`, `b`, `.`. */
export function splitMarks(text: string): Segment[] {
	const segments: Segment[] = [];
	let at = 0;
	for (const token of scanMarks(text)) {
		// No space may stand before a mark, or the line could break there and leave the mark alone.
		const before = text.slice(at, token.index).replace(/\s+$/, '');
		if (before) segments.push({ text: before });
		segments.push({ mark: token.id });
		at = token.index + token.length;
	}
	if (at < text.length) segments.push({ text: text.slice(at) });
	return segments;
}

/** What a malformed mark should look like, for the error message. */
export function malformedMarkMessage(raw: string, ids: readonly string[]): string {
	return (
		`"${raw}" is not a reference mark. Write [^id] right after the claim, with no space inside, where id is ` +
		`one of the page's sources (lowercase letters, digits and hyphens): ${validIds(ids)}.`
	);
}

/** The message for a mark whose id is not a source of the page. */
export function unknownMarkMessage(id: string, ids: readonly string[]): string {
	return (
		`the mark [^${id}] points to no source: this page has no source with id "${id}". ` +
		`Use one of: ${validIds(ids)}; or add the source to "sources:" in the front matter.`
	);
}

function validIds(ids: readonly string[]): string {
	return ids.length > 0 ? ids.map((id) => `[^${id}]`).join(', ') : '(the page has no source ids yet)';
}

/** A page's source with its number in the list. `figure` names the figure it came from, if not listed by the page. */
export interface NumberedSource {
	n: number;
	source: Source;
	figure?: string | undefined;
}

/**
 * The sources of a page, numbered: its own in the order of its front matter, then those of the
 * figures it uses that it does not list already (the same article or page counts once).
 */
export function numberSources(
	pageSources: readonly Source[],
	figureIds: readonly string[],
): { list: NumberedSource[]; ofId: Map<string, number>; ofFigure: Map<string, number> } {
	const list: NumberedSource[] = pageSources.map((source, i) => ({ n: i + 1, source }));
	const ofId = new Map(pageSources.map((source, i) => [source.id, i + 1]));
	const ofFigure = new Map<string, number>();
	for (const id of figureIds) {
		if (ofFigure.has(id) || !Object.hasOwn(figures, id)) continue;
		const source = figures[id as keyof typeof figures].source;
		let found = list.find((item) => sameSource(item.source, source));
		if (!found) {
			found = { n: list.length + 1, source, figure: id };
			list.push(found);
		}
		ofFigure.set(id, found.n);
	}
	return { list, ofId, ofFigure };
}

/** The id of a source in the page's list, the target of its marks. */
export const sourceAnchor = (n: number) => `source-${n}`;

/** The id of the `k`-th mark pointing to source `n` (from 1), the target of the list's back links. */
export const markAnchor = (n: number, k: number) => `cite-${n}-${k}`;

/** One mark placed in the page: the source it points to and its own anchor. */
export interface PlacedMark {
	n: number;
	anchor: string;
}

/** A reference found in the body, in reading order: a mark or a `<Fig>`. */
export interface BodyRef {
	kind: 'mark' | 'fig';
	id: string;
}

/** A source in the page's list with the anchors of every mark that points to it, in page order. */
export interface ListedSource extends NumberedSource {
	marks: string[];
}

/** Everything the page needs to draw its marks and its list of sources. */
export interface PageReferences {
	sources: ListedSource[];
	/** Each summary point cut into words and placed marks (an unknown id is left as text). */
	summary: ({ text: string } | PlacedMark)[][];
	/** The body's marks and figures in reading order; undefined for an id that is no source or figure. */
	body: (PlacedMark | undefined)[];
}

/**
 * Numbers a page's sources and gives every mark its anchor, in the order a reader meets them: the
 * summary points first, then the body. Both the MDX plugin and the page layout call this with the same
 * input, so their numbers and links agree.
 */
export function pageReferences(
	pageSources: readonly Source[],
	summary: readonly string[] | undefined,
	bodyRefs: readonly BodyRef[],
): PageReferences {
	const numbered = numberSources(
		pageSources,
		bodyRefs.filter((ref) => ref.kind === 'fig').map((ref) => ref.id),
	);
	const marks = new Map<number, string[]>();
	const place = (n: number | undefined): PlacedMark | undefined => {
		if (n === undefined) return undefined;
		const list = marks.get(n) ?? [];
		const anchor = markAnchor(n, list.length + 1);
		list.push(anchor);
		marks.set(n, list);
		return { n, anchor };
	};
	const summaryMarks = (summary ?? []).map((point) =>
		splitMarks(point).map((segment) => {
			if ('text' in segment) return segment;
			return place(numbered.ofId.get(segment.mark)) ?? { text: `[^${segment.mark}]` };
		}),
	);
	const body = bodyRefs.map((ref) => place((ref.kind === 'fig' ? numbered.ofFigure : numbered.ofId).get(ref.id)));
	return {
		sources: numbered.list.map((item) => ({ ...item, marks: marks.get(item.n) ?? [] })),
		summary: summaryMarks,
		body,
	};
}

/**
 * The visible text of a mark: `[3]`. It starts with a word joiner (U+2060), so that no line break
 * can fall between a claim and its mark, even in Chinese, where a line may break between any two
 * characters.
 */
export const markText = (n: number) => `\u2060[${n}]`;
