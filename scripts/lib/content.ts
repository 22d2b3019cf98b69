import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isLang, langs, type Lang } from '../../src/i18n/languages.ts';
import { frontmatterOf } from '../../src/lib/content-checks.ts';
import type { StatusRow } from '../../src/lib/translation-report.ts';
import { fingerprint, pageStatuses } from '../../src/lib/translation.ts';

/**
 * The content files as the translators' scripts read them, without Astro: front matter (YAML) and
 * body of every `<collection>/<lang>/<slug>.mdx`, with the same fingerprints as the site computes.
 */
export interface ContentFile {
	collection: string;
	lang: Lang;
	slug: string;
	/** Relative to the project: `src/content/guides/fr/prep.mdx`. */
	path: string;
	raw: string;
	data: Record<string, unknown>;
	body: string;
	fingerprint: string;
	translation?: { from: Lang; version: string } | undefined;
}

export function readContent(contentDir = process.env['CONTENT_DIR'] || 'src/content'): ContentFile[] {
	const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
	const files: ContentFile[] = [];
	for (const collection of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
		for (const lang of langs) {
			let names: string[] = [];
			try {
				names = readdirSync(join(dir, collection.name, lang)).filter((name) => name.endsWith('.mdx'));
			} catch {
				continue;
			}
			for (const name of names) {
				const path = `${dir}/${collection.name}/${lang}/${name}`;
				const raw = readFileSync(path, 'utf8');
				const front = frontmatterOf(raw);
				const data = (front ? parse(front.yaml) : {}) as Record<string, unknown>;
				const body = front ? raw.slice(front.end) : raw;
				const translation = data['translation'] as { from?: unknown; version?: unknown } | undefined;
				files.push({
					collection: collection.name,
					lang,
					slug: name.slice(0, -'.mdx'.length),
					path,
					raw,
					data,
					body,
					fingerprint: fingerprint({
						title: String(data['title'] ?? ''),
						description: String(data['description'] ?? ''),
						summary: (data['summary'] as string[] | undefined)?.map(String),
						sources: (
							(data['sources'] as
								{ title?: unknown; url?: unknown; code?: unknown; article?: unknown }[] | undefined) ?? []
						).map((s) => ({
							title: String(s.title ?? ''),
							url: String(s.url ?? ''),
							code: s.code === undefined ? undefined : String(s.code),
							article: s.article === undefined ? undefined : String(s.article),
						})),
						body,
					}),
					translation:
						translation && typeof translation.from === 'string' && isLang(translation.from)
							? { from: translation.from, version: String(translation.version ?? '') }
							: undefined,
				});
			}
		}
	}
	return files;
}

/** One row per page: its original language and the status of every language. */
export function statusRows(
	files: readonly ContentFile[],
): (StatusRow & { files: Partial<Record<Lang, ContentFile>> })[] {
	const bySlug = new Map<string, ContentFile[]>();
	for (const file of files) bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file]);
	return [...bySlug]
		.map(([slug, group]) => {
			const byLang = Object.fromEntries(group.map((f) => [f.lang, f])) as Partial<Record<Lang, ContentFile>>;
			const original = group.find((f) => !f.translation) ?? group[0]!;
			return {
				slug,
				collection: original.collection,
				originalLang: original.lang,
				status: pageStatuses(byLang),
				files: byLang,
			};
		})
		.sort((a, b) => a.collection.localeCompare(b.collection) || a.slug.localeCompare(b.slug));
}

/** The original of a page, or an error naming what to do. */
export function originalOf(files: readonly ContentFile[], slug: string): ContentFile {
	const group = files.filter((f) => f.slug === slug);
	if (group.length === 0) {
		const known = [...new Set(files.map((f) => f.slug))].sort().join(', ');
		throw new Error(`There is no page "${slug}". Pages are: ${known}.`);
	}
	const original = group.find((f) => !f.translation);
	if (!original) throw new Error(`The page "${slug}" has no original (every file of it has a "translation:" block).`);
	return original;
}
