import { HTMLElement, parse } from 'node-html-parser';
import { isListedNumber, numberOfHref, shownNumberProblem, unlistedNumberMessage } from './phone.ts';
import { schemeOf } from './url-scheme.ts';
import { inlineStyles } from './inline-style.ts';

/**
 * Checks of every built HTML page, run inside `astro build` (src/integrations/site-files.ts) so that
 * every host's build stops on them, not only the test run. They catch what could run, redirect, dial an
 * unlisted number or load from elsewhere, whatever it came from (content, a component, a layout).
 */

/** Attributes whose value is an address the browser follows or loads. */
const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'ping', 'cite', 'background'];

/** Elements that embed or run something, which no page of the site has. */
const forbiddenElements = ['iframe', 'frame', 'frameset', 'embed', 'object', 'applet', 'base', 'portal'];

/** The addresses in one attribute value (`srcset` holds several, each followed by a size). */
function addressesOf(name: string, value: string): string[] {
	return name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
}

/** Whether an address stays on the site: a path under the base path, a relative path or a `#section`. */
function isOwn(url: string, base: string): boolean {
	const cleaned = url.trim();
	if (schemeOf(cleaned) !== undefined || /^[/\\]{2}/.test(cleaned)) return false;
	return !cleaned.startsWith('/') || cleaned.startsWith(base);
}

/** A built page's tree, parsed once for its checks and its search index (src/integrations/site-files.ts). */
export function parseBuiltPage(html: string): HTMLElement {
	return parse(html, { comment: false });
}

/**
 * Every problem of one built page, one message each; empty when the page is sound. `path` names the
 * page in messages; `base` is the site's base path; `page` is its HTML or its tree (`parseBuiltPage`).
 */
export function checkBuiltPage(path: string, page: string | HTMLElement, base: string): string[] {
	const problems: string[] = [];
	const ids = new Set<string>();
	const report = (element: HTMLElement, message: string) =>
		problems.push(`${path}: <${element.rawTagName.toLowerCase()}> ${message}`);
	// One walk over the tree, knowing whether each element is in the head (selectors are slow on big pages).
	const visit = (element: HTMLElement, inHead: boolean) => {
		// The document's root node has no tag name, whatever node-html-parser's types say.
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
		const tag = element.rawTagName?.toLowerCase() ?? '';
		if (tag) checkElement(element, tag, inHead, base, report);
		const id = element.attributes['id'];
		if (id !== undefined) {
			if (ids.has(id)) report(element, `id="${id}" is used twice on the page; links to #${id} would be ambiguous.`);
			ids.add(id);
		}
		for (const child of element.childNodes) {
			if (child instanceof HTMLElement) visit(child, inHead || tag === 'head');
		}
	};
	visit(typeof page === 'string' ? parseBuiltPage(page) : page, false);
	return problems;
}

/** The checks of one element, reported through `report`. */
function checkElement(
	element: HTMLElement,
	tag: string,
	inHead: boolean,
	base: string,
	report: (element: HTMLElement, message: string) => void,
) {
	const attributes = element.attributes;
	if (forbiddenElements.includes(tag)) report(element, 'embeds or changes the page; no page may have it.');
	if (tag === 'script' && !attributes['src'] && attributes['type'] !== 'application/ld+json') {
		report(element, 'is an inline script; scripts must be files of the site (the CSP blocks inline code).');
	}
	// The only inline styles are the site's own sheets, in the head, allowed by their hashes in the policy.
	if (tag === 'style' && !(inHead && inlineStyles.includes(element.textContent))) {
		report(element, 'is an inline style; styles belong in src/styles/site.css or src/styles/pages/.');
	}
	if (tag === 'meta' && attributes['http-equiv']) {
		const equiv = attributes['http-equiv'].toLowerCase();
		const target = /url\s*=\s*(.*)$/i.exec(attributes['content'] ?? '')?.[1]?.trim() ?? '';
		const ownRedirect = equiv === 'refresh' && inHead && target !== '' && isOwn(target, base);
		if (!inHead || (equiv !== 'content-security-policy' && !ownRedirect)) {
			report(
				element,
				`http-equiv="${equiv}" can send the reader elsewhere; only the site's own redirect pages have one.`,
			);
		}
	} else if (tag === 'meta' && !inHead) {
		report(element, 'in the body: a page’s text cannot hold <meta> tags.');
	}
	for (const [name, value] of Object.entries(attributes)) {
		const attribute = name.toLowerCase();
		if (attribute.startsWith('on')) report(element, `has ${attribute}="…", code run on a touch or a load.`);
		if (attribute === 'style') report(element, 'has a style attribute; styles belong in src/styles/site.css.');
		if (attribute === 'ping') report(element, 'has ping="…", which tells another address of every tap.');
		if (!urlAttributes.includes(attribute)) continue;
		for (const url of addressesOf(attribute, value)) {
			const scheme = schemeOf(url);
			if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript' || scheme === 'file') {
				report(element, `${attribute}="${url.slice(0, 60)}": ${scheme}: addresses are not allowed.`);
			}
			const loads = attribute !== 'href' && attribute !== 'cite' && !(tag === 'form' && attribute === 'action');
			// `alternate`, `canonical` and `license` name an address without loading it; any other <link> loads.
			const foreignLink = tag === 'link' && !/^\s*(alternate|canonical|license)\s*$/i.test(attributes['rel'] ?? '');
			if ((loads || foreignLink || tag === 'form') && !isOwn(url, base)) {
				report(element, `${attribute}="${url}" loads or sends to another site; pages use only files of the site.`);
			}
		}
	}
	const number = tag === 'a' ? numberOfHref(attributes['href'] ?? '') : undefined;
	if (number === undefined) return;
	if (!isListedNumber(number)) report(element, unlistedNumberMessage(number));
	else {
		const problem = shownNumberProblem(element.textContent.replace(/\s+/g, ' '), number);
		if (problem) report(element, problem);
	}
}
