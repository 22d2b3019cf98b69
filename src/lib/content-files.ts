import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../i18n/languages.ts';

/**
 * Which languages each page exists in, read from the file names of the content folder
 * (`<collection>/<lang>/<slug>.mdx`). For build settings that run before the collections are loaded
 * (the sitemap's filter, the link check of MDX).
 */
export function scanContent(contentDir: string): Map<string, Set<Lang>> {
	const pages = new Map<string, Set<Lang>>();
	if (!existsSync(contentDir)) return pages;
	for (const collection of readdirSync(contentDir, { withFileTypes: true })) {
		if (!collection.isDirectory()) continue;
		for (const folder of readdirSync(join(contentDir, collection.name), { withFileTypes: true })) {
			if (!folder.isDirectory() || !isLang(folder.name)) continue;
			for (const file of readdirSync(join(contentDir, collection.name, folder.name))) {
				if (!file.endsWith('.mdx')) continue;
				const slug = file.slice(0, -'.mdx'.length);
				pages.set(slug, (pages.get(slug) ?? new Set()).add(folder.name));
			}
		}
	}
	return pages;
}
