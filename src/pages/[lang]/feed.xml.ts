import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, langs, type Lang } from '../../i18n/languages.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { basePath, licence, siteUrl } from '../../lib/config.ts';
import { isoDate } from '../../lib/dates.ts';
import { atom, changeNames, feedId, type FeedEntry } from '../../lib/feed.ts';
import { orgName } from '../../lib/organisation.ts';
import { absoluteUrl, pagePath, withBase } from '../../lib/paths.ts';
import { mediaTypes } from '../../lib/security.ts';
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
		const { published, changes } = entry.data;
		// Ids name the page and the event, not the address: they survive a new domain or base path.
		const name = `${page.slug}/${lang}`;
		entries.push({
			id: feedId(`${name}/published/${isoDate(published)}`),
			title: entry.data.title,
			url,
			date: published,
			published,
			summary: entry.data.description,
		});
		const names = changeNames(name, changes);
		for (const [i, change] of changes.entries()) {
			entries.push({
				id: feedId(names[i]!),
				title: `${entry.data.title} · ${t('guide.updated')} ${isoDate(change.date)}`,
				// Each change note links to the page's change history, where it is listed.
				url: `${url}#changes`,
				date: change.date,
				published,
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
		author: orgName,
		id: feedId(`feed/${lang}`),
		authorUri: absoluteUrl(siteUrl, pagePath(basePath, lang, 'about-us')),
		icon: absoluteUrl(siteUrl, withBase(basePath, 'favicon.svg')),
		rights: `${licence.name} ${licence.url}`,
		entries,
	});
	return new Response(body, { headers: { 'Content-Type': mediaTypes.atom } });
};
