import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ownGlossary } from './src/data/glossary.ts';
import { languages, langs } from './src/i18n/languages.ts';
import { ownInterfaceLangs } from './src/i18n/ui.ts';
import { mdxInTurn } from './src/integrations/mdx-in-turn.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { basePath, contentDir, siteUrl } from './src/lib/config.ts';
import { loadPages } from './src/lib/content-files.ts';
import { mdxRules } from './src/lib/markdown/mdx-rules.ts';
import { contentAllowList } from './src/lib/markdown/content-allow-list.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';
import { referenceMarks } from './src/lib/markdown/reference-marks.ts';
import { citedPages } from './src/lib/page-cite.ts';
import { absoluteUrl, pagePath, withBase } from './src/lib/paths.ts';
import { loadRedirects } from './src/lib/redirects.ts';

/**
 * What the settings need of the page model, read from the files on disk (settings are read before Astro
 * loads the collections): the pages' names, the addresses the sitemap leaves out, and what the files
 * beside each page cite (src/lib/page-files.ts). Only these stay in memory for the build: the model
 * itself holds every file's text and front matter.
 */
function fromModel() {
	const pages = loadPages(contentDir);
	/** Fallback pages are `noindex` (the page model says which), and moved addresses only redirect: neither is listed. */
	const notIndexed = new Set([
		...pages.flatMap((page) =>
			langs
				.filter((lang) => page.views[lang].noindex)
				.map((lang) => absoluteUrl(siteUrl, pagePath(basePath, lang, page.slug))),
		),
		...Object.keys(loadRedirects(contentDir)).map((from) => absoluteUrl(siteUrl, withBase(basePath, from))),
		// A language whose interface is still an untranslated copy: its home and translation status, and its
		// glossary until it explains the words in the language, are fallbacks too (src/i18n/ui.ts).
		...langs
			.flatMap((lang) => [
				...(ownInterfaceLangs.includes(lang) ? [] : [pagePath(basePath, lang), pagePath(basePath, lang, 'translate')]),
				...(ownGlossary(lang) ? [] : [pagePath(basePath, lang, 'glossary')]),
			])
			.map((path) => absoluteUrl(siteUrl, path)),
	]);
	return { slugs: pages.map((page) => page.slug), notIndexed, cited: citedPages(pages) };
}
const { slugs, notIndexed, cited } = fromModel();
const root = absoluteUrl(siteUrl, basePath);
const alwaysNoindex = /\/(search|404|offline)\/?$|\/404\.html$/;

export default defineConfig({
	site: siteUrl,
	base: basePath,
	outDir: process.env['OUT_DIR'] || './dist',
	// One cache per content folder: Astro's content store would otherwise mix the entries of two folders.
	cacheDir: process.env['ASTRO_CACHE_DIR'] || `./node_modules/.astro/${contentDir.replace(/[^a-z0-9]+/gi, '-')}`,
	// Four pages at a time: rendering one page is quick, and writing it waits on the disk; one at a time
	// left the build idle for a third of its page step (`npm run bench`). The pages are the same either way.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	devToolbar: { enabled: false },
	markdown: {
		processor: satteri({
			mdastPlugins: [
				// First: content that could run code or load from elsewhere stops the build before anything else.
				contentAllowList({ componentsFile: fileURLToPath(new URL('./src/components/mdx/index.ts', import.meta.url)) }),
				mdxRules({ base: basePath, site: siteUrl, slugs }),
				referenceMarks(),
			],
			hastPlugins: [headingAnchors()],
		}),
	},
	integrations: [
		mdx(),
		sitemap({
			filter: (page) => !notIndexed.has(page) && !alwaysNoindex.test(page),
			i18n: {
				defaultLocale: langs[0]!,
				locales: Object.fromEntries(langs.map((lang) => [lang, languages[lang].tag])),
			},
			// The language chooser at the root is no translation of a language's home.
			serialize: (item) => {
				if (item.url === root) return { ...item, links: [] };
				return { ...item, links: item.links?.filter((link) => link.url !== root) ?? [] };
			},
		}),
		siteFiles({ base: basePath, contentDir, pages: cited }),
	],
	vite: {
		plugins: [noPreloadHelper(), mdxInTurn()],
		build: {
			// No inline scripts or styles: the Content Security Policy allows only files of the site.
			assetsInlineLimit: 0,
			// One stylesheet for the whole site, cached after the first page.
			cssCodeSplit: false,
			modulePreload: false,
			rolldownOptions: {
				onLog(level, log, handler) {
					// @astrojs/mdx with Vite 8 warns once per .mdx file about its module-level directive: harmless.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
				output: {
					// Vite's preload helper in a chunk of its own, whichever scripts use it, so that
					// noPreloadHelper() can replace it and drop the file (inlined in the page script, it stays).
					codeSplitting: { groups: [{ name: 'preload-helper', test: /vite\/preload-helper/ }] },
				},
			},
		},
	},
});
