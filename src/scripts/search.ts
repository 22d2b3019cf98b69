import { searchQueries, unspaceCjk } from '../lib/search-text.ts';
import { takeQuery } from './search-query.ts';

interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

/**
 * The search page. The page already lists every guide (that is all a reader gets without JavaScript);
 * this loads Pagefind from the site itself when there is a query, runs the query handed over by another
 * page (or `?q=` without JavaScript) and the one typed in the search box, and lists the results above the guides.
 */
export async function startSearch(): Promise<void> {
	const root = document.querySelector<HTMLElement>('[data-search]');
	const input = document.querySelector<HTMLInputElement>('#search-q');
	if (!root || !input?.form) return;
	const { base = '/', mode = 'words' } = root.dataset;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const text = (key: string, values: Record<string, string | number> = {}) =>
		(root.dataset[key] ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

	let pagefind: Promise<Pagefind> | undefined;
	const load = () =>
		(pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
			await module.options({ baseUrl: base, excerptLength: 24 });
			return module;
		}));

	let latest = 0;
	const run = async (query: string) => {
		const ticket = ++latest;
		list.replaceChildren();
		if (!query.trim()) {
			status.textContent = '';
			return;
		}
		status.textContent = text('loading');
		try {
			const engine = await load();
			// Every query variant, best first. Results found by a better variant (an exact phrase) come
			// first; within that, they keep the ranking of the broadest variant.
			const variants = searchQueries(query, mode as 'words' | 'characters');
			const lists = await Promise.all(variants.map(async (variant) => (await engine.search(variant)).results));
			const broadest = lists.at(-1) ?? [];
			const tier = (id: string) => lists.findIndex((list) => list.some((r) => r.id === id));
			const rank = (id: string) => broadest.findIndex((r) => r.id === id) + 1 || Infinity;
			const found = [...new Map(lists.flat().map((r) => [r.id, r])).values()].sort(
				(a, b) => tier(a.id) - tier(b.id) || rank(a.id) - rank(b.id),
			);
			const shown = await Promise.all(found.slice(0, 20).map((result) => result.data()));
			if (ticket !== latest) return;
			list.replaceChildren(...shown.map(renderResult));
			status.textContent = shown.length ? text('results', { count: found.length }) : text('none', { query });
		} catch {
			if (ticket === latest) status.textContent = text('error');
		}
	};

	// The query never goes into the address or the history (src/scripts/search-query.ts).
	input.form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value);
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(input.value), 250);
	});
	const query = takeQuery();
	input.value = query;
	// The index is downloaded for a query only, never on opening the page (metered data).
	if (query) await run(query);
}

/** One result: title and excerpt, built as text nodes and `<mark>` only, never as raw HTML. */
function renderResult(data: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = unspaceCjk(data.meta.title ?? data.url);
	const excerpt = document.createElement('p');
	const parsed = new DOMParser().parseFromString(unspaceCjk(data.excerpt), 'text/html').body;
	for (const node of parsed.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			excerpt.append(mark);
		} else {
			excerpt.append(node.textContent ?? '');
		}
	}
	item.append(link, excerpt);
	return item;
}
