import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, langs, type Lang } from '../../i18n/languages.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { basePath } from '../../lib/config.ts';
import { pagePath, withBase } from '../../lib/paths.ts';

export const getStaticPaths = (() => langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** The install manifest, one per language so the home screen opens the reader's language. */
export const GET: APIRoute = ({ params }) => {
	const lang = params['lang'] as Lang;
	const t = useTranslations(lang);
	const manifest = {
		name: t('site.name'),
		short_name: t('site.name'),
		description: t('site.tagline'),
		lang: languages[lang].tag,
		dir: languages[lang].dir,
		start_url: pagePath(basePath, lang),
		scope: basePath,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#8c1d40',
		icons: [
			{ src: withBase(basePath, 'icon-192.png'), sizes: '192x192', type: 'image/png' },
			{ src: withBase(basePath, 'icon-512.png'), sizes: '512x512', type: 'image/png' },
			{ src: withBase(basePath, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
		],
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};
