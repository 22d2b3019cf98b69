import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { languages, type Lang } from '../i18n/languages.ts';
import { checkContent, frontmatterOf, locate, type RawFile } from './content-checks.ts';
import { parseIsoDate } from './dates.ts';
import { buildPages, type ContentFile, type FileData, type Page } from './page-model.ts';
import { scalarText } from './yaml-value.ts';

/**
 * The one reader of the content folder on disk (`<collection>/<lang>/<slug>.mdx`), for what runs
 * outside Astro's content collections: astro.config.ts (the sitemap, the link check of MDX), the
 * translators' scripts and the tests. It feeds the same page model as the build (src/lib/site.ts).
 */

/** A content file read from disk: the model's fields, the file as written, and its whole front matter. */
export interface DiskFile extends ContentFile<Lang> {
	/** The front matter as YAML gives it (unquoted dates as Dates, as in the build), with the model's fields. */
	data: FileData & Record<string, unknown>;
	raw: string;
}

/** The content folder as written in settings (`./src/content/`), as shown in messages (`src/content`). */
function folder(contentDir: string): string {
	return contentDir.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** Every `.md` and `.mdx` file under each collection folder, wherever it is, for the content checks. */
export function readRawFiles(contentDir: string): RawFile[] {
	const dir = folder(contentDir);
	if (!existsSync(dir)) return [];
	const files: RawFile[] = [];
	for (const collection of readdirSync(dir, { withFileTypes: true })) {
		if (!collection.isDirectory()) continue;
		const entries = readdirSync(join(dir, collection.name), { recursive: true, withFileTypes: true });
		for (const entry of entries) {
			if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
			const path = join(entry.parentPath, entry.name);
			const id = path.slice(join(dir, collection.name).length + 1).replaceAll('\\', '/');
			files.push({ collection: collection.name, id, path, raw: readFileSync(path, 'utf8') });
		}
	}
	return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** A front matter date as the build reads it: a Date, or a quoted `YYYY-MM-DD`. */
function day(value: unknown): Date {
	if (value instanceof Date) return value;
	return parseIsoDate(scalarText(value)) ?? new Date(Number.NaN);
}

/**
 * The front matter of a file, with the fields the model reads made safe to read. Read by the parser
 * Astro reads it with (js-yaml, through @astrojs/mdx), so that the model sees what the build sees; it is
 * also several times faster than \`yaml\` (the settings read every file before each build).
 */
function dataOf(yaml: string): DiskFile['data'] {
	const parsed: unknown = load(yaml);
	const data = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
	const list = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
	const translation = data['translation'] as Record<string, unknown> | undefined;
	return {
		...data,
		title: scalarText(data['title']),
		description: scalarText(data['description']),
		summary: Array.isArray(data['summary']) ? data['summary'].map(String) : undefined,
		sources: list(data['sources']).map((s) => ({ ...s, title: scalarText(s['title']), url: scalarText(s['url']) })),
		updated: day(data['updated']),
		changes: list(data['changes']).map((c) => ({ date: day(c['date']), note: scalarText(c['note']) })),
		order: typeof data['order'] === 'number' ? data['order'] : undefined,
		topic: typeof data['topic'] === 'string' ? data['topic'] : undefined,
		translation: translation
			? { from: scalarText(translation['from']), version: scalarText(translation['version']) }
			: undefined,
	};
}

/**
 * Every content file that is where a page belongs (`<collection>/<lang>/<slug>.mdx`), parsed. Files
 * elsewhere are left out here: `contentProblems()` names them.
 */
export function readContent(contentDir = process.env['CONTENT_DIR'] || 'src/content'): DiskFile[] {
	return readRawFiles(contentDir).flatMap((file) => {
		const where = locate(file.id);
		if ('problem' in where) return [];
		const front = frontmatterOf(file.raw);
		let data: DiskFile['data'];
		try {
			data = dataOf(front?.yaml ?? '');
		} catch {
			// Bad YAML: the build names it; the scripts read the page as empty.
			data = dataOf('');
		}
		const body = front ? file.raw.slice(front.end) : file.raw;
		return [
			{ collection: file.collection, lang: where.lang, slug: where.slug, path: file.path, data, body, raw: file.raw },
		];
	});
}

/** What is wrong in the content folder: the messages the build stops with (src/lib/content-checks.ts). */
export function contentProblems(contentDir: string): string[] {
	return checkContent(readRawFiles(contentDir));
}

/** Every page in every language, from the files on disk (the page model). */
export function loadPages(contentDir = process.env['CONTENT_DIR'] || 'src/content'): Page<Lang, DiskFile>[] {
	return buildPages(readContent(contentDir), languages);
}
