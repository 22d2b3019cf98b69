import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { weights, type SearchPage } from './search-index.ts';

/**
 * What the search index reads of a built page (src/integrations/site-files.ts): only the part marked
 * `data-search-body` (a fallback page has none, so it stays out of the index), without what is marked
 * `data-search-ignore` (the header, reference marks, tools). Its title, its summary line (`.lead`), its
 * "in short" points and `data-search-keywords` (the front matter's keywords) weigh more than its text;
 * a heading with an id starts a section, which a result can link to.
 */

/** Elements that end a block of text: text on either side never runs together (no pair across them). */
const blockTags = new Set([
	'p',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'div',
	'section',
	'table',
	'tr',
	'td',
	'th',
	'br',
	'blockquote',
	'figure',
	'figcaption',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'aside',
	'details',
	'summary',
]);
const skippedTags = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);

/**
 * The index's view of a built page (its HTML, or its tree parsed once for the build's checks too), or
 * undefined when the page is not searchable.
 */
export function searchPageOf(html: string | HTMLElement, url: string): SearchPage | undefined {
	const document = typeof html === 'string' ? parse(html) : html;
	const body = document.querySelector('[data-search-body]');
	if (!body) return undefined;
	const title = clean(
		(body.querySelector('h1') ?? document.querySelector('main h1') ?? document.querySelector('title'))?.text ?? url,
	);
	const lead = body.querySelector('.lead') ?? document.querySelector('main .lead');
	const description = clean(
		lead?.text ?? document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
	);
	const page: SearchPage = { url, title, description, sections: [], blocks: [] };
	const block = (text: string, weight: number, section: number) => {
		const trimmed = clean(text);
		if (trimmed) page.blocks.push({ text: trimmed, weight, section });
	};
	block(title, weights.title, 0);
	block(description, weights.summary, 0);
	block(body.getAttribute('data-search-keywords') ?? '', weights.summary, 0);

	let text = '';
	let weight: number = weights.text;
	const flush = () => {
		block(text, weight, page.sections.length);
		text = '';
	};
	const walk = (node: Node) => {
		if (node instanceof TextNode) {
			text += node.text;
			return;
		}
		if (!(node instanceof HTMLElement)) return;
		const element = node;
		const tag = element.rawTagName.toLowerCase();
		if (skippedTags.has(tag) || element.hasAttribute('data-search-ignore') || element.hasAttribute('hidden')) return;
		if (tag === 'h1' || element === lead) return; // already read, with their own weight
		const heading = /^h[2-6]$/.test(tag);
		const inShort = /(^|\s)in-short(\s|$)/.test(element.getAttribute('class') ?? '');
		if (blockTags.has(tag)) flush();
		const previous = weight;
		// The "in short" points weigh as a summary; its own heading ("In short", on every page) not at all.
		if (inShort) weight = weights.summary;
		else if (heading && weight === weights.summary) weight = 0;
		else if (heading) {
			weight = weights.heading;
			if (element.id) page.sections.push({ id: element.id, title: textOf(element) });
		}
		for (const child of element.childNodes) walk(child);
		if (blockTags.has(tag)) flush();
		weight = previous;
	};
	walk(body);
	flush();
	page.blocks = page.blocks.filter((b) => b.weight > 0);
	return page;
}

/** The text of an element a reader sees, without the parts the index leaves out (a heading's "#" link). */
function textOf(element: HTMLElement): string {
	let text = '';
	const walk = (node: Node) => {
		if (node instanceof TextNode) text += node.text;
		else if (node instanceof HTMLElement && !node.hasAttribute('data-search-ignore')) node.childNodes.forEach(walk);
	};
	walk(element);
	return clean(text);
}

/** Text as one line: entities decoded by the parser, runs of white space as one space. */
function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
