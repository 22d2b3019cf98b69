/**
 * The contract between the components, which write the page, and the browser scripts (src/scripts/),
 * which find their elements in it: each element a script looks for has a marker attribute, and the
 * texts it needs from the page (UI strings in the page's language, its base path) as `data-*` values.
 * Both sides use this module: a component writes `{...hookAttributes('offlineSave', { … })}` (the type
 * check asks for every value) and a script reads `findHook('offlineSave')` (typed values, never a
 * misspelt `dataset` key). The page's one first-load script (src/scripts/site.ts) and the code it
 * fetches on use import only the types (`HookDataset`): importing this module's code there would add a
 * file to every first visit, or to every feature's first use.
 */
export const hooks = {
	offlineSave: { marker: 'data-offline-save', values: ['lang', 'saving', 'saved', 'failed', 'noSpace'] },
	offlineBanner: { marker: 'data-offline-banner', values: ['stale', 'backOnline', 'reload'] },
	search: {
		marker: 'data-search',
		values: ['lang', 'base', 'loading', 'results', 'none', 'error', 'also', 'more', 'section'],
	},
	readAloud: { marker: 'data-read-aloud', values: ['stopLabel'] },
} as const satisfies Record<string, { marker: `data-${string}`; values: readonly string[] }>;

export type HookName = keyof typeof hooks;
/** The values an element of that kind carries, by name (`noSpace` is written `data-no-space`). */
export type HookValues<N extends HookName> = Record<(typeof hooks)[N]['values'][number], string>;

/** An element's `dataset` as a script reads it: the values of its hook, each possibly missing. */
export type HookDataset<N extends HookName> = Partial<HookValues<N>>;

/** `noSpace` → `data-no-space`, as the browser's `dataset` maps it back. */
function attributeOf(name: string): string {
	return `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The attributes a component writes on the element of a hook: its marker and every value. */
export function hookAttributes<N extends HookName>(name: N, values: HookValues<N>): Record<string, string> {
	const attributes: Record<string, string> = { [hooks[name].marker]: '' };
	for (const [key, value] of Object.entries(values)) attributes[attributeOf(key)] = value as string;
	return attributes;
}

/** The CSS selector of a hook's elements. */
export function hookSelector(name: HookName): string {
	return `[${hooks[name].marker}]`;
}

/**
 * The first element of a hook in `root` with its values; undefined when the page has none. A value the
 * component did not write reads as '' (the page then shows no text rather than "undefined").
 */
export function findHook<N extends HookName>(
	name: N,
	root: ParentNode = document,
): { element: HTMLElement; values: HookValues<N> } | undefined {
	const element = root.querySelector<HTMLElement>(hookSelector(name));
	if (!element) return undefined;
	const values = Object.fromEntries(
		hooks[name].values.map((key: string) => [key, element.dataset[key] ?? '']),
	) as HookValues<N>;
	return { element, values };
}
