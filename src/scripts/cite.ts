import type { Citation, CiteSection, Run, StyleId } from '../lib/cite.ts';
import type { CiteBoxData, CiteBoxStrings } from '../lib/page-cite.ts';

/**
 * The cite box's citations are in the HTML with the build's date as "accessed", citing the whole page.
 * When a reader opens the box, this fetches what the page cites and the box's words (`cite-box.json`,
 * beside the page), puts in today's date and the other styles, cites the section the page was opened at
 * (`#lawyer`) with a button back to the whole page, and adds a copy button to each citation that puts
 * rich text (italics) and plain text on the clipboard. If the file cannot be fetched (a saved copy read
 * offline), the box keeps the citations of its HTML.
 */
export async function enhanceCiteBox(): Promise<void> {
	const box = document.querySelector<HTMLDetailsElement>('details[data-cite]');
	if (!box || box.dataset['ready']) return;
	box.dataset['ready'] = 'on';
	let data: CiteBoxData;
	try {
		const response = await fetch(box.dataset['cite'] ?? '');
		if (!response.ok) throw new Error(String(response.status));
		data = (await response.json()) as CiteBoxData;
	} catch {
		delete box.dataset['ready'];
		return;
	}
	const { input, labels, strings } = data;
	let wholePage = false;
	const refresh = async () => {
		const cite = await import('../lib/cite.ts');
		const now = new Date();
		const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
		const section = sectionAt(location.hash);
		const list = cite.citations({
			...input,
			updated: new Date(input.updated),
			accessed: today,
			section: wholePage ? undefined : section,
		});
		showScope(box, strings, section, wholePage, () => {
			wholePage = !wholePage;
			void refresh();
		});
		showCitations(box, list, labels, strings, cite.htmlText, cite.plainText);
	};
	box.addEventListener('toggle', () => {
		if (box.open) void refresh();
	});
	// A tap on a section's "#" link while the box is open cites that section.
	addEventListener('hashchange', () => {
		wholePage = false;
		if (box.open) void refresh();
	});
	if (box.open) void refresh();
}

/** The section heading a `#fragment` points to in the page's text, with its words (without the "#" link). */
function sectionAt(hash: string): CiteSection | undefined {
	let id: string;
	try {
		id = decodeURIComponent(hash.slice(1));
	} catch {
		return undefined;
	}
	const heading = id ? document.getElementById(id) : null;
	if (!heading || !/^H[23]$/.test(heading.tagName) || !heading.closest('.content')) return undefined;
	const copy = heading.cloneNode(true) as HTMLElement;
	for (const anchor of copy.querySelectorAll('.anchor')) anchor.remove();
	const title = copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
	return title ? { id, title } : undefined;
}

/** The line above the citations: which section they cite, and the button to cite the page or the section. */
function showScope(
	box: HTMLElement,
	strings: CiteBoxStrings,
	section: CiteSection | undefined,
	wholePage: boolean,
	toggle: () => void,
): void {
	let scope = box.querySelector<HTMLElement>('.cite-scope');
	if (!section) {
		scope?.remove();
		return;
	}
	if (!scope) {
		scope = document.createElement('p');
		scope.className = 'cite-scope';
		scope.append(document.createElement('span'), ' ', document.createElement('button'));
		const button = scope.querySelector('button')!;
		button.type = 'button';
		button.addEventListener('click', () => toggle());
		box.querySelector('[data-citations]')?.before(scope);
	}
	const fill = (template: string) => template.replace('{section}', section.title);
	scope.querySelector('span')!.textContent = wholePage ? '' : fill(strings.scope);
	scope.querySelector('button')!.textContent = wholePage ? fill(strings.section) : strings.page;
}

/** Writes the citations into the box, each with its copy button. */
function showCitations(
	box: HTMLElement,
	list: readonly Citation[],
	labels: Record<StyleId, string>,
	strings: CiteBoxStrings,
	html: (runs: readonly Run[]) => string,
	plain: (runs: readonly Run[]) => string,
): void {
	const dl = box.querySelector('[data-citations]');
	if (!dl) return;
	dl.replaceChildren(
		...list.map((citation) => {
			const row = document.createElement('div');
			row.className = 'citation';
			const dt = document.createElement('dt');
			dt.textContent = labels[citation.style] ?? citation.style;
			const dd = document.createElement('dd');
			const target = document.createElement(citation.kind === 'code' ? 'pre' : 'p');
			target.dataset['style'] = citation.style;
			for (const run of citation.runs) {
				if (typeof run === 'string') target.append(run);
				else target.append(Object.assign(document.createElement('i'), { textContent: run.italic }));
			}
			const text = plain(citation.runs);
			const rich = citation.kind === 'text' ? html(citation.runs) : undefined;
			dd.append(target, copyButton(target, strings, labels[citation.style] ?? citation.style, text, rich));
			row.append(dt, dd);
			return row;
		}),
	);
}

function copyButton(target: HTMLElement, strings: CiteBoxStrings, label: string, text: string, rich?: string) {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy';
	button.textContent = strings.copy;
	button.setAttribute('aria-label', `${strings.copy}: ${label}`);
	button.addEventListener('click', async () => {
		try {
			// Rich text keeps the italics APA and MLA require when pasted into a word processor.
			if (rich !== undefined && typeof ClipboardItem !== 'undefined') {
				await navigator.clipboard.write([
					new ClipboardItem({
						'text/plain': new Blob([text], { type: 'text/plain' }),
						'text/html': new Blob([rich], { type: 'text/html' }),
					}),
				]);
			} else {
				await navigator.clipboard.writeText(text);
			}
		} catch {
			// Older browsers and WeChat's: select the citation and copy the selection (italics included).
			const range = document.createRange();
			range.selectNodeContents(target);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			// eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy these browsers have
			document.execCommand('copy');
		}
		button.textContent = strings.copied;
		setTimeout(() => (button.textContent = strings.copy), 2000);
	});
	return button;
}
