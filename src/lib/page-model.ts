import { fingerprint, notTranslatedReason, type TextOf, type TextParts } from './translation.ts';

/**
 * The page model: which pages the site has, in which languages, which file is each page's original,
 * where each translation stands, and what a reader of each language sees. One pure function, fed by
 * two thin loaders: `src/lib/site.ts` (Astro's content collections, for the pages of the build) and
 * `src/lib/content-files.ts` (the files on disk, for astro.config.ts, the translators' scripts and the
 * tests). Nothing else decides a fallback, a status, `noindex` or an hreflang set.
 * (The same idea as Starlight's route table, `getRoutes()` with `isFallback`.)
 */

/** What the model reads of a file's front matter (src/content.config.ts checks it first). */
export interface FileData {
	title: string;
	description: string;
	summary?: readonly string[] | undefined;
	/** A law source has no title or url: its code and article name it (they count in the fingerprint). */
	sources: TextParts['sources'];
	/** The day the facts last changed: an outdated translation lists the original's changes since its own. */
	updated: Date;
	changes: readonly { date: Date; note: string }[];
	/** Where the page stands in its topic's list (read from the original only). */
	order?: number | undefined;
	topic?: string | undefined;
	/** Only in a translation: the language of the original and the fingerprint it follows. */
	translation?: { from: string; version: string } | undefined;
}

/** One content file, `<collection>/<lang>/<slug>.mdx`, as both loaders give it. */
export interface ContentFile<L extends string = string> {
	collection: string;
	lang: L;
	slug: string;
	/** From the project's folder, for messages and links: `src/content/guides/fr/prep.mdx`. */
	path: string;
	data: FileData;
	body: string;
}

/** What the model needs of each language of the list (src/i18n/languages.ts). */
export interface LanguageRule {
	/** BCP 47 tag: the copy check reads the script of the language from it. */
	tag: string;
	/** Languages whose text a reader gets, in this order, when a page has no translation in hers. */
	fallback: readonly string[];
}

/**
 * Where one language of a page stands. `not-translated`: the file exists but is still mostly a copy
 * of another language's text (src/lib/translation.ts says why), so readers get a fallback.
 */
export type Status = 'original' | 'up-to-date' | 'outdated' | 'not-translated' | 'missing';

/** Every status, in the order the translators' tools list them. */
export const statuses: readonly Status[] = ['original', 'up-to-date', 'outdated', 'not-translated', 'missing'];

/** What a reader of one language gets for one page. */
export interface View<L extends string, F extends ContentFile<L>> {
	/** The reader's language: the address's and the interface's. */
	lang: L;
	status: Status;
	/** Her language's file, translated or not; undefined when it is missing. */
	own: F | undefined;
	/** The file whose text she reads: her own when it is translated, else the fallback. */
	file: F;
	/** The language of that text (differs from `lang` on a fallback). */
	textLang: L;
	/** Whether she reads another language's text, under a notice. */
	fallback: boolean;
	/** Kept out of search engines and the sitemap (a fallback is not a page in her language). */
	noindex: boolean;
	/** In the search index of her language. */
	searchable: boolean;
	/** The hreflang set: the languages with a real text of the page; empty on a fallback. */
	alternates: readonly L[];
	/** On an outdated translation: the original's changes since the translation's `updated`. */
	changesSince: readonly { date: Date; note: string }[];
	/** On a file that is not translated yet: why, for the build's warning and the scripts. */
	reason?: string | undefined;
}

/** The topics a guide can have (its `topic` field). */
export const guideTopics = ['rights', 'health', 'safety'] as const;
/** Which part of a language's home lists a page, in order: a guide's own topic, and `about` for the other pages. */
export const topics = [...guideTopics, 'about'] as const;
export type Topic = (typeof topics)[number];

/** One page of the site: the same slug in every language. */
export interface Page<L extends string, F extends ContentFile<L>> {
	slug: string;
	collection: string;
	topic: Topic;
	/** The file without a `translation` block, in the language the page was written in. */
	original: F;
	originalLang: L;
	/** The files that exist, by language. */
	files: Partial<Record<L, F>>;
	fingerprints: Partial<Record<L, string>>;
	/** Where `x-default` points: the first language of the list when it has real text, else the original. */
	xDefault: L;
	/** What a reader of each language of the list gets. */
	views: Record<L, View<L, F>>;
}

/** A typo in a fallback list is an error, not a silently skipped language. */
export function checkLanguages(languages: Readonly<Record<string, LanguageRule>>): void {
	const codes = Object.keys(languages);
	for (const [code, { fallback }] of Object.entries(languages)) {
		for (const other of fallback) {
			if (other === code || !codes.includes(other)) {
				throw new Error(
					`src/i18n/languages.ts: the fallback list of "${code}" names "${other}", which is ` +
						`${other === code ? 'the language itself' : 'not a language of the list'}. ` +
						`Write codes of other languages of the list (${codes.join(', ')}).`,
				);
			}
		}
	}
}

const readable = new Set<Status>(['original', 'up-to-date', 'outdated']);

/** The status of one language's file of a page, and why it is not a translation if it is not one. */
function statusOf<L extends string, F extends ContentFile<L>>(
	file: F | undefined,
	original: F,
	text: TextOf | undefined,
	others: readonly TextOf[],
	originalPrint: string,
): { status: Status; reason?: string } {
	if (!file || !text) return { status: 'missing' };
	if (file === original) return { status: 'original' };
	const reason = notTranslatedReason(text, others);
	if (reason) return { status: 'not-translated', reason };
	return { status: file.data.translation?.version === originalPrint ? 'up-to-date' : 'outdated' };
}

/**
 * What a reader of `lang` gets: her file when it has real text, else the first language of her
 * fallback list that has, else the original.
 */
function viewFor<L extends string, F extends ContentFile<L>>(
	lang: L,
	{ status, reason }: { status: Status; reason?: string },
	files: Partial<Record<L, F>>,
	real: readonly L[],
	fallbackOrder: readonly string[],
	original: F,
): View<L, F> {
	const textLang = real.includes(lang)
		? lang
		: (fallbackOrder.find((code): code is L => real.includes(code as L)) ?? original.lang);
	const file = files[textLang]!;
	const fallback = textLang !== lang;
	const since = file.data.updated.getTime();
	return {
		lang,
		status,
		own: files[lang],
		file,
		textLang,
		fallback,
		noindex: fallback,
		searchable: !fallback,
		alternates: fallback ? [] : real,
		changesSince: status === 'outdated' ? original.data.changes.filter((change) => change.date.getTime() > since) : [],
		reason,
	};
}

/** One page from the files of one slug. */
function pageOf<L extends string, F extends ContentFile<L>>(
	group: readonly F[],
	languages: Readonly<Record<L, LanguageRule>>,
	langs: readonly L[],
): Page<L, F> {
	// The content checks stop the build on a page without an original; the scripts still list it.
	const original = group.find((file) => !file.data.translation) ?? group[0]!;
	const files: Partial<Record<L, F>> = {};
	const fingerprints: Partial<Record<L, string>> = {};
	for (const file of group) {
		files[file.lang] = file;
		fingerprints[file.lang] = fingerprint({ ...file.data, body: file.body });
	}
	const texts = group.map((file) => ({
		lang: file.lang,
		text: { path: file.path, tag: languages[file.lang].tag, parts: { ...file.data, body: file.body } },
	}));
	const states = Object.fromEntries(
		langs.map((lang) => [
			lang,
			statusOf(
				files[lang],
				original,
				texts.find((t) => t.lang === lang)?.text,
				texts.filter((t) => t.lang !== lang).map((t) => t.text),
				fingerprints[original.lang]!,
			),
		]),
	) as Record<L, { status: Status; reason?: string }>;
	const real = langs.filter((lang) => readable.has(states[lang].status));
	const views = Object.fromEntries(
		langs.map((lang) => [lang, viewFor(lang, states[lang], files, real, languages[lang].fallback, original)]),
	) as Record<L, View<L, F>>;
	return {
		slug: original.slug,
		collection: original.collection,
		topic: (topics as readonly string[]).includes(original.data.topic ?? '') ? (original.data.topic as Topic) : 'about',
		original,
		originalLang: original.lang,
		files,
		fingerprints,
		xDefault: real.includes(langs[0]!) ? langs[0]! : original.lang,
		views,
	};
}

/**
 * Every page of the site in every language of the list, in reading order (the original's `order`,
 * then the slug). A language with no file of a page gets the first language of its fallback list that
 * has real text, else the original; so does a language whose file is not translated yet.
 */
export function buildPages<L extends string, F extends ContentFile<L>>(
	files: readonly F[],
	languages: Readonly<Record<L, LanguageRule>>,
): Page<L, F>[] {
	checkLanguages(languages);
	const langs = Object.keys(languages) as L[];
	const bySlug = new Map<string, F[]>();
	for (const file of files) {
		if (!Object.hasOwn(languages, file.lang)) continue;
		bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file]);
	}
	const order = (page: Page<L, F>) => page.original.data.order ?? 100;
	return [...bySlug.values()]
		.map((group) => pageOf(group, languages, langs))
		.sort((a, b) => order(a) - order(b) || a.slug.localeCompare(b.slug));
}
