/**
 * A search leaves no trace in the address. With JavaScript, a search box outside the search page hands
 * the query to the search page through sessionStorage, and the search page deletes it as soon as it has
 * read it; the address, the history and the browser's cache only ever hold `/<lang>/search/`. Without
 * JavaScript the form is a plain GET form, so the query is in the address (the staying-safe page says so).
 */
const key = 'steel-roses:search-query';

/**
 * Hands a search box's query to the search page (src/scripts/site.ts calls this on submit, outside the
 * search page). Throws when storage is blocked: the plain form then still works, with the query in the address.
 */
export function handOff(form: HTMLFormElement): void {
	const query = new FormData(form).get('q');
	sessionStorage.setItem(key, typeof query === 'string' ? query : '');
	location.assign(form.action);
}

/**
 * The query the search page was opened with, read once: handed over by another page (then deleted), or
 * in the address of a search made without JavaScript (then taken out of the address and the history).
 */
export function takeQuery(): string {
	let query = '';
	try {
		query = sessionStorage.getItem(key) ?? '';
		sessionStorage.removeItem(key);
	} catch {
		// Storage blocked: nothing was handed over.
	}
	const params = new URLSearchParams(location.search);
	if (params.has('q')) {
		query ||= params.get('q') ?? '';
		history.replaceState(null, '', location.pathname + location.hash);
	}
	return query;
}
