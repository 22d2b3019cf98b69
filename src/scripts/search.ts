import { findHook, type HookValues } from '../lib/page-hooks.ts';
import type { IndexMeta, PageEntry } from '../lib/search-index.ts';
import {
	alsoSearched,
	loadedTerms,
	marks,
	planQuery,
	rankPages,
	termsOf,
	type Postings,
	type RankedPage,
} from '../lib/search-query.ts';
import { fileOfTerm } from '../lib/search-text.ts';
import { takeQuery } from './search-query.ts';

/** Results shown at once; the next ones when she asks (each shown result costs a page file on metered data). */
const shownAtOnce = 5;

/**
 * The search page. The page already lists every guide (that is all a reader gets without JavaScript);
 * this searches the site's own index (src/lib/search-index.ts) when there is a query: the query handed
 * over by another page (or `?q=` without JavaScript) and the one typed in the search box. Nothing is
 * downloaded before she searches, and a query fetches only the few index files it needs.
 */
export async function startSearch(): Promise<void> {
	const hook = findHook('search');
	const input = document.querySelector<HTMLInputElement>('#search-q');
	if (!hook || !input?.form) return;
	const { element: root, values: strings } = hook;
	const { base, lang } = strings;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const also = root.querySelector<HTMLElement>('[data-search-also]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
	const text = (key: keyof typeof strings, values: Record<string, string | number> = {}) =>
		strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

	const dir = `${base}search/${lang}/`;
	const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
		const response = await fetch(path, init);
		if (!response.ok) throw new Error(`${path}: ${response.status}`);
		return (await response.json()) as T;
	};
	let meta: Promise<IndexMeta> | undefined;
	// The index's own file is checked with the host each time (a new build renames the others).
	const loadMeta = () =>
		(meta ??= json<IndexMeta>(`${dir}index.json`, { cache: 'no-cache' }).catch((error: unknown) => {
			meta = undefined;
			throw error;
		}));
	const files = new Map<string, Promise<unknown>>();
	const load = <T>(name: string) => {
		if (!files.has(name))
			files.set(
				name,
				json<T>(name).catch((error: unknown) => {
					files.delete(name);
					throw error;
				}),
			);
		return files.get(name) as Promise<T>;
	};

	let latest = 0;
	let lastQuery: string | undefined;
	const run = async (query: string) => {
		if (query === lastQuery) return;
		lastQuery = query;
		const ticket = ++latest;
		list.replaceChildren();
		more.hidden = true;
		also.hidden = true;
		empty.hidden = true;
		if (!query.trim()) {
			status.textContent = '';
			return;
		}
		status.textContent = text('loading');
		try {
			const index = await loadMeta();
			const plan = planQuery(query, index.vocabulary);
			const names = [...new Set(termsOf(plan).map((term) => fileOfTerm(term, index.files)))];
			const loaded = await Promise.all(
				names.map((n) => load<Record<string, Postings>>(`${dir}${index.version}/t${n}.json`)),
			);
			const terms: Record<string, Postings> = Object.assign({}, ...loaded) as Record<string, Postings>;
			const ranked = rankPages(plan, loadedTerms(terms), index.pages);
			if (ticket !== latest) return;
			const extra = alsoSearched(plan, index.vocabulary);
			if (extra.length) {
				// Intl.ListFormat is missing from the older browsers of some phones (and WeChat's): then commas.
				const words =
					'ListFormat' in Intl ? new Intl.ListFormat(document.documentElement.lang).format(extra) : extra.join(', ');
				also.textContent = text('also', { words });
				also.hidden = false;
			}
			if (ranked.length === 0) {
				status.textContent = text('none', { query });
				empty.hidden = false;
				return;
			}
			const show = async (from: number) => {
				const slice = ranked.slice(from, from + shownAtOnce);
				const entries = await Promise.all(
					slice.map(
						async ({ page }) =>
							(await load<PageEntry[]>(`${dir}${index.version}/p${Math.floor(page / index.group)}.json`))[
								page % index.group
							]!,
					),
				);
				if (ticket !== latest) return;
				list.append(
					...slice.map((result, i) => renderResult(entries[i]!, result, (t) => marks(t, plan, index.vocabulary), text)),
				);
				const left = ranked.length - from - slice.length;
				more.hidden = left <= 0;
				more.textContent = text('more', { count: Math.min(left, shownAtOnce) });
				more.onclick = () => {
					more.hidden = true;
					void show(from + shownAtOnce).then(() => list.children[from + shownAtOnce]?.querySelector('a')?.focus());
				};
			};
			await show(0);
			// Said once the first results are on screen, so that the count and the list arrive together.
			if (ticket === latest) status.textContent = text('results', { count: ranked.length });
		} catch {
			if (ticket === latest) {
				status.textContent = text('error');
				lastQuery = undefined;
			}
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
		timer = setTimeout(() => void run(input.value), 300);
	});
	const query = takeQuery();
	input.value = query;
	// The index is downloaded for a query only, never on opening the page (metered data).
	if (query) await run(query);
}

/** A text with the query's words in `<mark>`, built as text nodes and elements, never as raw HTML. */
function marked(text: string, ranges: [number, number][]): (string | HTMLElement)[] {
	const out: (string | HTMLElement)[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		out.push(text.slice(at, start));
		const mark = document.createElement('mark');
		mark.textContent = text.slice(start, end);
		out.push(mark);
		at = end;
	}
	out.push(text.slice(at));
	return out;
}

/** One result: its title, its summary line, and the section where the query weighs most. */
function renderResult(
	[url, title, description, sections]: PageEntry,
	{ section }: RankedPage,
	ranges: (text: string) => [number, number][],
	text: (key: keyof HookValues<'search'>, values?: Record<string, string | number>) => string,
): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = url;
	link.append(...marked(title, ranges(title)));
	const summary = document.createElement('p');
	summary.append(...marked(description, ranges(description)));
	item.append(link, summary);
	const [id, heading] = sections[section - 1] ?? [];
	if (id && heading) {
		const to = document.createElement('a');
		to.className = 'search-section';
		to.href = `${url}#${id}`;
		to.textContent = text('section', { section: heading });
		const line = document.createElement('p');
		line.append(to);
		item.append(line);
	}
	return item;
}
