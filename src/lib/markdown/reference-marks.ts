import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastContent, MdastPluginDefinition, MdastTarget, PluginFactoryContext } from 'satteri';
import { defaultLang, isLang, type Lang } from '../../i18n/languages.ts';
import { format, ui } from '../../i18n/ui.ts';
import { readBody, type FoundMark, type TreeNode } from '../body-text.ts';
import { isFigureId, unknownFigureMessage } from '../figures.ts';
import { scalarText } from '../yaml-value.ts';
import {
	malformedMarkMessage,
	markText,
	pageReferences,
	sourceAnchor,
	unknownMarkMessage,
	type PlacedMark,
} from '../references.ts';
import type { Source } from '../sources.ts';
import { sourceError } from './report.ts';

/**
 * Turns reference marks `[^id]` in MDX text into small numbered links to the page's list of sources,
 * and tells each `<Fig>` its number. Without a footnote definition the parser leaves `[^id]` as plain
 * text, which is what this plugin reads. A mark that is malformed, points to no source, or stands where
 * a mark cannot go stops the build with the file, the line and the fix.
 */

/** What a misplaced mark should become. */
const placeMessages: Record<Exclude<FoundMark['place'], 'text'>, string> = {
	heading: 'marks are not allowed in headings: put the mark after the claim in the text below the heading.',
	phrase:
		'marks are not allowed inside <Phrase> cards (they are shown to someone else): put the mark in the text around it.',
	link: 'marks are not allowed inside link text: put the mark right after the link, e.g. [text](/page/)[^id].',
};

/** The sources of the front matter as the compiler reads it (before the schema checks them). */
function sourcesOf(frontmatter: Record<string, unknown>): Source[] {
	const list = Array.isArray(frontmatter['sources']) ? (frontmatter['sources'] as Record<string, unknown>[]) : [];
	return list.map((raw) => ({
		id: scalarText(raw['id']),
		kind: typeof raw['kind'] === 'string' ? (raw['kind'] as Source['kind']) : 'press',
		code: raw['code'] === undefined ? undefined : scalarText(raw['code']),
		article: raw['article'] === undefined ? undefined : scalarText(raw['article']),
		title: raw['title'] === undefined ? undefined : scalarText(raw['title']),
		url: raw['url'] === undefined ? undefined : scalarText(raw['url']),
		consulted: new Date(0),
	}));
}

/** The mark as the page shows it: `<sup class="ref"><a href="#source-3" id="cite-3-1" aria-label="来源 3">[3]</a></sup>`. */
function markNode(placed: PlacedMark, lang: Lang): MdastContent {
	return {
		type: 'emphasis',
		data: { hName: 'sup', hProperties: { className: ['ref'], dataSearchIgnore: '' } },
		children: [
			{
				type: 'link',
				url: `#${sourceAnchor(placed.n)}`,
				data: { hProperties: { id: placed.anchor, ariaLabel: format(ui[lang]['ref.label'], { n: placed.n }) } },
				children: [{ type: 'text', value: markText(placed.n) }],
			},
		],
	};
}

/** The satteri plugin; one instance per compiled file. */
export function referenceMarks() {
	return (context: PluginFactoryContext): MdastPluginDefinition | undefined => {
		if (context.sourceFormat !== 'mdx' || !context.fileURL) return undefined;
		const file = fileURLToPath(context.fileURL);
		const folder = file.split(/[\\/]/).at(-2) ?? '';
		const lang: Lang = isLang(folder) ? folder : defaultLang;
		const astro = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		const frontmatter = astro?.frontmatter ?? {};
		const sources = sourcesOf(frontmatter);
		const ids = sources.map((source) => source.id);
		const summary = Array.isArray(frontmatter['summary']) ? frontmatter['summary'].map(String) : undefined;
		const fail = (line: number, column: number, message: string): never => {
			throw sourceError(relative(process.cwd(), file), { line, column }, message);
		};
		return {
			name: 'steel-roses-reference-marks',
			options: { position: true },
			before(root, ctx) {
				const body = readBody(root as unknown as TreeNode, { claims: false });
				if (body.footnotes.length > 0) {
					fail(
						body.footnotes[0]!,
						1,
						'footnote definitions ("[^x]: …") are not used on this site. Put the source in the front matter ' +
							'(sources:, with an id) and write [^id] right after the claim.',
					);
				}
				for (const mark of body.marks) {
					if (!mark.wellFormed) fail(mark.line, mark.column, malformedMarkMessage(mark.raw, ids));
					if (mark.place !== 'text') fail(mark.line, mark.column, `${mark.raw}: ${placeMessages[mark.place]}`);
					if (!ids.includes(mark.id)) fail(mark.line, mark.column, unknownMarkMessage(mark.id, ids));
				}
				for (const fig of body.figs) if (!isFigureId(fig.id)) fail(fig.line, fig.column, unknownFigureMessage(fig.id));

				const placed = pageReferences(sources, summary, body.refs).body;
				const byNode = new Map<TreeNode, FoundMark[]>();
				for (const mark of body.marks) byNode.set(mark.node, [...(byNode.get(mark.node) ?? []), mark]);
				for (const [node, marks] of byNode) {
					const value = String(node.value);
					const parts: MdastContent[] = [];
					let at = 0;
					for (const mark of marks) {
						const start = value.indexOf(mark.raw, at);
						// No space before a mark: the line must not break between a claim and its mark.
						const before = value.slice(at, start).replace(/\s+$/, '');
						if (before) parts.push({ type: 'text', value: before });
						parts.push(markNode(placed[mark.ref!]!, lang));
						at = start + mark.raw.length;
					}
					if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
					ctx.replaceNode(node as unknown as MdastTarget, parts);
				}
				for (const fig of body.figs) {
					const mark = placed[fig.ref]!;
					const node = fig.node as unknown as { attributes: readonly unknown[] };
					ctx.replaceNode(
						fig.node as unknown as MdastTarget,
						{
							...(fig.node as object),
							attributes: [
								...node.attributes,
								{ type: 'mdxJsxAttribute', name: 'lang', value: lang },
								{ type: 'mdxJsxAttribute', name: 'n', value: String(mark.n) },
								{ type: 'mdxJsxAttribute', name: 'anchor', value: mark.anchor },
							],
						} as MdastContent,
					);
				}
			},
		};
	};
}
