/**
 * The browser's (here Node's) own language rules, one object per language and options: making an
 * `Intl` formatter loads its ICU data and costs far more than using it, and a build formats dates,
 * lists, names and figures on every page (making one per call took 3.4 s of a 53 s build at 300 pages
 * per language, and kept hundreds of MiB of ICU data alive until the next full garbage collection).
 */

const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
	let value = made.get(key) as T | undefined;
	if (value === undefined) {
		value = make();
		made.set(key, value);
	}
	return value;
}

export function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return once(`date ${tag} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
}

export function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	return once(`number ${tag} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
}

export function listFormat(tag: string, options: Intl.ListFormatOptions): Intl.ListFormat {
	return once(`list ${tag} ${JSON.stringify(options)}`, () => new Intl.ListFormat(tag, options));
}

/** The names of languages, written in the language `tag`. */
export function languageNames(tag: string): Intl.DisplayNames {
	return once(`names ${tag}`, () => new Intl.DisplayNames([tag], { type: 'language' }));
}

/** ICU's likely script of a language tag (`zh-Hans` → `Hans`, `fr` → `Latn`); '' when unknown or invalid. */
export function likelyScript(tag: string): string {
	return once(`script ${tag}`, () => {
		try {
			return new Intl.Locale(tag).maximize().script ?? '';
		} catch {
			return '';
		}
	});
}
