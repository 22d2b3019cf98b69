import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { isLang, langs, type Lang } from '../i18n/languages.ts';
import { isoDate, parseIsoDate } from './dates.ts';
import { scalarText } from './yaml-value.ts';

/**
 * Checks across content files that a per-file schema cannot make: folders, file names, duplicates,
 * translations and their originals, and dates that YAML would silently roll over. Each problem names
 * the file (and line where there is one) and says what to do.
 */

/** One content file as written, as the checks need it (the page model's files come after the checks). */
export interface RawFile {
	collection: string;
	/** Path inside the collection folder: `fr/prep.mdx`. */
	id: string;
	/** Path shown in messages: `src/content/guides/fr/prep.mdx`. */
	path: string;
	/** The whole file as written. */
	raw: string;
}

/** Where a page lives, read from its path inside the collection. */
export interface Located {
	lang: Lang;
	slug: string;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Names of pages the site makes itself in every language (the routes of `src/pages/[lang]/` and the
 * offline page): a content file with one of these names would never be built, or would hide that page.
 */
export const reservedSlugs = ['404', 'feed', 'glossary', 'index', 'manifest', 'offline', 'search', 'translate'];

/** Reads `fr/prep.mdx` into `{ lang: 'fr', slug: 'prep' }`, or says what is wrong with the path. */
export function locate(id: string): Located | { problem: string } {
	const parts = id.split('/');
	const file = parts.at(-1) ?? '';
	const slug = file.replace(/\.mdx?$/, '');
	if (parts.length !== 2) {
		return {
			problem:
				parts.length < 2
					? `the file is not in a language folder. Move it into one of: ${langs.join(', ')}.`
					: `files go directly in a language folder, not in a sub-folder. Move it to ${parts[0]}/${file}.`,
		};
	}
	const folder = parts[0] ?? '';
	if (!isLang(folder)) {
		return {
			problem:
				`unknown language folder "${folder}". The languages are: ${langs.join(', ')} (src/i18n/languages.ts). ` +
				'Move the file into one of these folders, or add the language first: npm run add-language -- <code> "<name>" ' +
				'(docs/adding-a-language.md).',
		};
	}
	if (!file.endsWith('.mdx')) return { problem: `pages are written in MDX: rename ${file} to ${slug}.mdx.` };
	if (!slugPattern.test(slug)) {
		return {
			problem:
				`the file name "${file}" is not a valid page name. It becomes the page's address: use short English ` +
				'words in lower case joined by hyphens, the same in every language, e.g. free-testing.mdx.',
		};
	}
	if (reservedSlugs.includes(slug)) {
		return {
			problem:
				`the file name "${file}" is the address of a page the site makes itself (/${folder}/${slug}/). ` +
				`Choose another name, e.g. ${slug}-guide.mdx, the same in every language.`,
		};
	}
	return { lang: folder, slug };
}

/** The `translation.from` of a file's front matter, if any. */
function translationFrom(doc: ReturnType<typeof parseDocument>): string | undefined {
	const from: unknown = doc.getIn(['translation', 'from']);
	return typeof from === 'string' ? from : undefined;
}

/**
 * Where a front matter holds dates: top-level fields, a field of a block, a field of each item of a
 * list. Both readings of the dates (`dateFields`, `soundDates`) go by this list.
 */
const dateFieldPlaces = {
	fields: ['published', 'updated'],
	inBlocks: [['reviewed', 'date']],
	inLists: [
		['sources', 'consulted'],
		['changes', 'date'],
	],
} as const;

/** Every date field of the front matter, named as the error messages name it, with its YAML node. */
function dateFields(doc: ReturnType<typeof parseDocument>): [string, unknown][] {
	const root = doc.contents;
	if (!isMap(root)) return [];
	const fields: [string, unknown][] = dateFieldPlaces.fields.map((field) => [field, root.get(field, true)]);
	for (const [block, key] of dateFieldPlaces.inBlocks) {
		const map = root.get(block, true);
		if (isMap(map)) fields.push([`${block}.${key}`, map.get(key, true)]);
	}
	for (const [field, key] of dateFieldPlaces.inLists) {
		const list = root.get(field, true);
		if (!isSeq(list)) continue;
		list.items.forEach((item, i) => {
			if (isMap(item)) fields.push([`${field}[${i}].${key}`, item.get(key, true)]);
		});
	}
	return fields;
}

/** Every date field of the front matter with its text and line, to catch days that do not exist. */
function dateProblems(doc: ReturnType<typeof parseDocument>, lines: LineCounter, offset: number): string[] {
	const problems: string[] = [];
	for (const [field, node] of dateFields(doc)) {
		if (!isScalar(node) || node.value instanceof Date) continue;
		const text = scalarText(node.value);
		if (!parseIsoDate(text)) {
			const line = node.range ? lines.linePos(node.range[0]).line + offset : undefined;
			problems.push(
				`${line ? `line ${line}: ` : ''}${field}: "${text}" is not a valid date. ` +
					'Write a real day as YYYY-MM-DD, for example 2026-11-28.',
			);
		}
	}
	return problems;
}

/** A front matter date as written (`2026-11-28`, quoted or not), or undefined when it is no valid day. */
function dayOf(node: unknown): Date | undefined {
	if (!isScalar(node)) return undefined;
	return node.value instanceof Date ? node.value : parseIsoDate(scalarText(node.value));
}

/** How far ahead of the build a date may be: a day, for time zones and a page published at midnight. */
const futureMargin = 24 * 60 * 60 * 1000;

/**
 * Dates in an impossible order: after the day of the build (a typo such as 2062 for 2026 would put
 * the page on top of the feed for years), or a page first published after its last update.
 */
function dateOrderProblems(
	doc: ReturnType<typeof parseDocument>,
	lines: LineCounter,
	offset: number,
	today: Date,
): string[] {
	const root = doc.contents;
	if (!isMap(root)) return [];
	const lineOf = (node: unknown) =>
		isScalar(node) && node.range ? `line ${lines.linePos(node.range[0]).line + offset}: ` : '';
	const problems: string[] = [];
	for (const [field, node] of dateFields(doc)) {
		const date = dayOf(node);
		if (date && date.getTime() > today.getTime() + futureMargin) {
			problems.push(
				`${lineOf(node)}${field}: ${isoDate(date)} is in the future (the site is built on ${isoDate(today)}). ` +
					'Write the day it happened, as YYYY-MM-DD.',
			);
		}
	}
	const published = dayOf(root.get('published', true));
	const updated = dayOf(root.get('updated', true));
	if (published && updated && published > updated) {
		problems.push(
			`${lineOf(root.get('updated', true))}updated: ${isoDate(updated)} is before published: ${isoDate(published)}. ` +
				'"updated" is the day the facts last changed, on or after the day the page was first published: fix one of them.',
		);
	}
	return problems;
}

/**
 * The quick reading of a front matter, for the usual file whose dates are all sound: `js-yaml` with
 * no timestamp type (each date stays the text written) reads it ten times faster than `yaml` with
 * line numbers. Returns the file's `translation.from` when every date field is a real day, none is
 * in the future and none is out of order; undefined otherwise (or when the YAML is not a plain map),
 * and the full reading (`dateProblems`, `dateOrderProblems`) then finds and words each problem.
 */
function soundDates(yaml: string, today: Date): { from: string | undefined } | undefined {
	let root: unknown;
	try {
		root = load(yaml, { schema: CORE_SCHEMA });
	} catch {
		return undefined;
	}
	if (!isRecord(root)) return undefined;
	const texts: unknown[] = dateFieldPlaces.fields.map((field) => root[field]);
	for (const [block, key] of dateFieldPlaces.inBlocks) {
		const map = root[block];
		if (map === undefined) continue;
		if (!isRecord(map)) return undefined;
		texts.push(map[key]);
	}
	for (const [field, key] of dateFieldPlaces.inLists) {
		const list = root[field];
		if (list === undefined) continue;
		if (!Array.isArray(list)) return undefined;
		for (const item of list as unknown[]) {
			if (!isRecord(item)) return undefined;
			texts.push(item[key]);
		}
	}
	const days: (Date | undefined)[] = [];
	for (const text of texts) {
		if (text === undefined) {
			days.push(undefined);
			continue;
		}
		const day = typeof text === 'string' ? parseIsoDate(text) : undefined;
		if (!day || day.getTime() > today.getTime() + futureMargin) return undefined;
		days.push(day);
	}
	// The list starts with the top-level fields: published, then updated.
	const [published, updated] = days;
	if (published && updated && published > updated) return undefined;
	const translation = root['translation'];
	const from = isRecord(translation) && typeof translation['from'] === 'string' ? translation['from'] : undefined;
	return { from };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Whether a page has text after its front matter (heading id comments and blank lines do not count). */
function hasBody(raw: string, bodyStart: number): boolean {
	return (
		raw
			.slice(bodyStart)
			.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
			.trim() !== ''
	);
}

/**
 * The front matter block of a file, the line its YAML starts on, and where the body starts;
 * undefined when there is none.
 */
export function frontmatterOf(raw: string): { yaml: string; firstLine: number; end: number } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(raw);
	return match ? { yaml: match[1] ?? '', firstLine: 2, end: match[0].length } : undefined;
}

/**
 * All problems of a set of content files, one message each, empty when the content is sound. `today`
 * is the day of the build, which no date may be after.
 */
export function checkContent(files: readonly RawFile[], today = new Date()): string[] {
	const problems: string[] = [];
	const pages = new Map<string, { file: RawFile; lang: Lang; from: string | undefined }[]>();

	for (const file of files) {
		const where = locate(file.id);
		if ('problem' in where) {
			problems.push(`${file.path}: ${where.problem}`);
			continue;
		}
		const front = frontmatterOf(file.raw);
		let from: string | undefined;
		const sound = front && soundDates(front.yaml, today);
		if (sound) {
			from = sound.from;
		} else if (front) {
			const lines = new LineCounter();
			const doc = parseDocument(front.yaml, { lineCounter: lines });
			if (doc.errors.length === 0) {
				from = translationFrom(doc);
				for (const message of [
					...dateProblems(doc, lines, front.firstLine - 1),
					...dateOrderProblems(doc, lines, front.firstLine - 1, today),
				]) {
					problems.push(`${file.path}: ${message}`);
				}
			}
		}
		if (!hasBody(file.raw, front?.end ?? 0)) {
			problems.push(
				`${file.path}: the page has no text after its front matter (the block between the two "---" lines). ` +
					'Write the page below it, or delete the file.',
			);
		}
		const group = pages.get(where.slug) ?? [];
		group.push({ file, lang: where.lang, from });
		pages.set(where.slug, group);
	}

	for (const [slug, group] of pages) {
		const collections = new Set(group.map((g) => g.file.collection));
		if (collections.size > 1) {
			problems.push(
				`${group.map((g) => g.file.path).join(' and ')}: the page name "${slug}" is used in two collections ` +
					`(${[...collections].join(', ')}), but a name is one address. Rename one of them.`,
			);
		}
		for (const lang of langs) {
			const same = group.filter((g) => g.lang === lang);
			if (same.length > 1) {
				problems.push(
					`${same.map((g) => g.file.path).join(' and ')}: two files claim the page "${slug}" in "${lang}". ` +
						'Keep one and delete the other.',
				);
			}
		}
		const originals = group.filter((g) => g.from === undefined);
		if (originals.length > 1) {
			problems.push(
				`${originals.map((g) => g.file.path).join(' and ')}: two originals for the page "${slug}". ` +
					'Only the original has no "translation:" block; in each translation add "translation:" with "from:" ' +
					'(the language of the original) and run `npm run translations -- --stamp <lang>/' +
					`${slug}\`.`,
			);
		}
		for (const { file, lang, from } of group) {
			if (from === undefined) continue;
			if (from === lang) {
				problems.push(
					`${file.path}: translation.from is "${from}", the language of this very file. ` +
						'Write the language of the original, or remove the "translation:" block if this file is the original.',
				);
				continue;
			}
			const original = group.find((g) => g.lang === from);
			const existing = group.map((g) => g.lang).join(', ');
			if (!original) {
				problems.push(
					`${file.path}: translation.from says the original is in "${from}", but there is no ` +
						`${file.path.replace(`/${lang}/`, `/${from}/`)}. The page exists in: ${existing}. ` +
						'Fix translation.from, or add the original first.',
				);
			} else if (original.from !== undefined) {
				problems.push(
					`${file.path}: translation.from says the original is in "${from}", but that file is itself a ` +
						`translation (from "${original.from}"). Point translation.from at the original.`,
				);
			}
		}
	}
	return problems;
}

/** One error for the build, listing every problem, so a translator fixes them all in one go. */
export function contentError(problems: readonly string[]): Error {
	return new Error(
		`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
			problems.map((p) => `  - ${p}`).join('\n'),
	);
}
