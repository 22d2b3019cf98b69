import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, langs, type Lang } from '../../i18n/languages.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { basePath, siteUrl } from '../../lib/config.ts';
import { isoDate } from '../../lib/dates.ts';
import { atom, type FeedEntry } from '../../lib/feed.ts';
import { absoluteUrl, pagePath } from '../../lib/paths.ts';
import { getPages, viewOf } from '../../lib/site.ts';

export const getStaticPaths = (() => langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * Pages of one language added, and each change of their facts noted in `changes`, newest first. Only
 * pages with text in the language: a fallback is no news for its readers.
 */
export const GET: APIRoute = async ({ params }) => {
	const lang = params['lang'] as Lang;
	const t = useTranslations(lang);
	const entries: FeedEntry[] = [];
	for (const page of await getPages()) {
		const view = viewOf(page, lang);
		if (view.fallback) continue;
		const entry = view.file.entry;
		const url = absoluteUrl(siteUrl, pagePath(basePath, lang, page.slug));
		entries.push({
			id: `${url}#published-${isoDate(entry.data.published)}`,
			title: entry.data.title,
			url,
			date: entry.data.published,
			summary: entry.data.description,
		});
		for (const change of entry.data.changes) {
			entries.push({
				id: `${url}#changed-${isoDate(change.date)}`,
				title: `${entry.data.title} · ${t('guide.updated')} ${isoDate(change.date)}`,
				url,
				date: change.date,
				summary: change.note,
			});
		}
	}
	const body = atom({
		title: `${t('site.name')} · ${t('footer.feed')}`,
		subtitle: t('site.tagline'),
		lang: languages[lang].tag,
		home: absoluteUrl(siteUrl, pagePath(basePath, lang)),
		self: absoluteUrl(siteUrl, pagePath(basePath, lang, 'feed.xml')),
		author: "Les Roses d'Acier",
		entries: entries.slice(0, 100),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
