import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { schemeOf } from '../url-scheme.ts';
import { headingIdComment } from './heading-ids.ts';
import type { JsxElement, Positioned } from './mdx-node.ts';
import { failAt } from './report.ts';

/**
 * Content is data, not code. MDX could run code when the site is built (`import`, `export`, `{…}`)
 * and carry any HTML (scripts, frames, forms, a `<meta>` that sends the reader to another site,
 * images from elsewhere). This check, inside `astro build` so every host runs it, lets a page hold
 * only Markdown, the site's own components and a few plain HTML elements, and stops the build on
 * anything else, naming the file, the line and what to write instead.
 */

/** Plain HTML elements a page may use, with the attributes each may have besides `lang`, `dir` and `title`. */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
	a: ['href', 'hreflang'],
	abbr: [],
	b: [],
	bdi: [],
	bdo: [],
	blockquote: [],
	br: [],
	cite: [],
	code: [],
	dd: [],
	del: [],
	dfn: [],
	dl: [],
	dt: [],
	em: [],
	i: [],
	ins: [],
	kbd: [],
	li: [],
	mark: [],
	ol: ['start', 'reversed'],
	p: [],
	q: [],
	rp: [],
	rt: [],
	ruby: [],
	s: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan'],
	th: ['colspan', 'rowspan', 'scope'],
	thead: [],
	time: ['datetime'],
	tr: [],
	u: [],
	ul: [],
	wbr: [],
};
const everywhere = ['lang', 'dir', 'title'];

/** Why some elements are refused, in the words a translator needs. */
const refusedBecause: Readonly<Record<string, string>> = {
	script: 'a script runs code in the reader’s browser',
	style: 'the site’s own style sheet styles every page',
	iframe: 'a frame shows another site inside the page',
	frame: 'a frame shows another site inside the page',
	object: 'it embeds content from elsewhere',
	embed: 'it embeds content from elsewhere',
	form: 'a form can send what the reader types to another site',
	input: 'a form can send what the reader types to another site',
	button: 'buttons need code to do anything',
	meta: 'a <meta> tag can send the reader to another site',
	link: 'a <link> tag loads files from elsewhere',
	base: 'it changes where every link of the page leads',
	img: 'write an image in Markdown, ![description](file), with a file of this repository',
};

/** The components every page may use: the names exported by `src/components/mdx/index.ts` (the one list). */
export function componentNames(indexSource: string, file = 'src/components/mdx/index.ts'): string[] {
	const body = /export\s+const\s+mdxComponents\s*=\s*\{([^}]*)\}/.exec(indexSource)?.[1];
	if (body === undefined) {
		throw new Error(`${file}: no "export const mdxComponents = { … }" found. Keep the list of components there.`);
	}
	return body
		.split(',')
		.map((entry) => entry.split(':')[0]!.trim())
		.filter((name) => /^[A-Z][A-Za-z0-9]*$/.test(name));
}

/**
 * What is wrong with the address of a link or an image, or undefined when it is allowed. Links may be
 * relative (`/prep/`, `#section`), `https:`, `mailto:`, or `tel:`/`sms:` (whose numbers the link check
 * compares with the list); images must be files of the site.
 */
export function urlProblem(url: string, kind: 'link' | 'image'): string | undefined {
	const scheme = schemeOf(url);
	const remote = scheme !== undefined || /^\s*[/\\]{2}/.test(url);
	if (kind === 'image') {
		return remote
			? `the image "${url}" is not a file of this site. An image from another site tells that site who reads ` +
					'the page: put the image in the repository and write its path.'
			: undefined;
	}
	if (scheme === undefined) {
		return remote ? `the link "${url}" has no scheme. Write the full address, starting with https://.` : undefined;
	}
	if (['https', 'mailto', 'tel', 'sms'].includes(scheme)) return undefined;
	if (scheme === 'http') {
		return `the link "${url}" is not encrypted (http:). Write https:// instead, after checking that the address works.`;
	}
	return (
		`the link "${url}" is not allowed (${scheme}:). Links may lead to a page of the site (/page/), to a web ` +
		'address starting with https://, to an e-mail (mailto:), or to a listed phone number with <Tel number="…" />.'
	);
}

/** What is wrong with one attribute of an element, or undefined when it is allowed. */
export function attributeProblem(
	element: string,
	attribute: { name: string; value: unknown },
	isComponent: boolean,
): string | undefined {
	const { name, value } = attribute;
	const shown = `<${element} ${name}>`;
	if (typeof value === 'object' && value !== null) {
		return `${shown}: the value is code in braces {…}. Write it as plain text in quotes: ${name}="…".`;
	}
	if (/^on/i.test(name)) return `${shown}: "${name}" runs code when the reader touches the page. Remove it.`;
	if (name === 'style') return `${shown}: the site’s own style sheet styles every page. Remove "style".`;
	if (!isComponent && !everywhere.includes(name) && !(allowedHtml[element] ?? []).includes(name)) {
		const allowed = [...everywhere, ...(allowedHtml[element] ?? [])].join(', ');
		return `${shown}: "${name}" is not allowed on <${element}>. Allowed: ${allowed}.`;
	}
	if (
		typeof value === 'string' &&
		/^(href|src|srcset|action|formaction|poster|ping|data|cite|background)$/i.test(name)
	) {
		const problem = urlProblem(value, /^(src|srcset|poster|background|data)$/i.test(name) ? 'image' : 'link');
		if (problem) return `${shown}: ${problem}`;
	}
	return undefined;
}

/** What is wrong with an element's name, or undefined when a page may use it. */
export function elementProblem(name: string | null, components: readonly string[]): string | undefined {
	const list = `The components are: ${components.map((c) => `<${c}>`).join(', ')}.`;
	if (name === null) return `an empty tag <>…</> is not allowed. Remove "<>" and "</>", keep the text. ${list}`;
	if (components.includes(name) || Object.hasOwn(allowedHtml, name)) return undefined;
	const reason = refusedBecause[name.toLowerCase()];
	if (reason) return `<${name}> is not allowed in a page: ${reason}. Remove it. ${list}`;
	if (/^[A-Z]|\./.test(name)) return `<${name}> is not a component of the site. ${list}`;
	return (
		`<${name}> is not allowed in a page. Write the text in Markdown, or use one of the components. ${list} ` +
		`Plain HTML allowed: ${Object.keys(allowedHtml).join(', ')}.`
	);
}

/**
 * An expression that is one or more comments and nothing else, `{/* a note *\/}`: it compiles to nothing.
 * A comment ends at the first `*\/`, as in JavaScript, so nothing can follow it unseen.
 */
const onlyComments = /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/;

/** The satteri plugin: one instance per compiled MDX file, which it stops at the first thing not allowed. */
export function contentAllowList(options: { componentsFile: string }) {
	let components: string[] | undefined;
	return (context: PluginFactoryContext): MdastPluginDefinition | undefined => {
		if (context.sourceFormat !== 'mdx') return undefined;
		components ??= componentNames(readFileSync(options.componentsFile, 'utf8'), options.componentsFile);
		const known = components;
		const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : 'an MDX file';
		const fail = failAt(file);
		const checkElement = (node: JsxElement) => {
			const problem = elementProblem(node.name, known);
			if (problem) fail(node, problem);
			const name = node.name!;
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute') {
					fail(node, `<${name} {…}>: code in braces is not allowed in a tag. Write each attribute as name="…".`);
				}
				const found = attributeProblem(
					name,
					{ name: attribute.name ?? '', value: attribute.value },
					known.includes(name),
				);
				if (found) fail(node, found);
			}
		};
		const checkExpression = (node: Positioned & { value: string }, ctx: MdastVisitorContext) => {
			const parent = ctx.parent(node as never);
			const last = parent?.type === 'heading' && ctx.indexOf(node as never) === parent.children.length - 1;
			if (last && headingIdComment.test(node.value)) return;
			// A comment alone compiles to nothing: translators' notes (the scaffold note of new-translation).
			if (onlyComments.test(node.value)) return;
			fail(
				node,
				'curly braces {…} are code in MDX, and pages may not hold code. Write the text without braces ' +
					'(to show a brace, write \\{ or \\}). The only braces allowed hold a comment and nothing else: a note to translators, ' +
					"{/* … */}, or a heading's fixed id at its end: ## Title {/* #my-id */}.",
			);
		};
		return {
			name: 'steel-roses-content-allow-list',
			options: { position: true },
			mdxjsEsm(node) {
				fail(
					node,
					'"import" and "export" lines are code that runs when the site is built. Remove the line: the ' +
						`components (${known.join(', ')}) need no import, and pages hold only text.`,
				);
			},
			mdxFlowExpression: checkExpression,
			mdxTextExpression: checkExpression,
			mdxJsxFlowElement: checkElement,
			mdxJsxTextElement: checkElement,
			html(node) {
				fail(node, 'raw HTML is not allowed. Write the text in Markdown, or use one of the components.');
			},
			link(node) {
				const problem = urlProblem(node.url, 'link');
				if (problem) fail(node, problem);
			},
			definition(node) {
				const problem = urlProblem(node.url, 'link');
				if (problem) fail(node, problem);
				if (/^(tel|sms)$/.test(schemeOf(node.url) ?? '')) {
					fail(
						node,
						`a phone number in a link reference ("${node.url}"): write <Tel number="…" /> in the text instead.`,
					);
				}
			},
			image(node) {
				const problem = urlProblem(node.url, 'image');
				if (problem) fail(node, problem);
			},
			imageReference(node) {
				fail(node, 'write images with their path in the text: ![description](path), not as a reference.');
			},
		};
	};
}
