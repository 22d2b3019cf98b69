import { readFileSync } from 'node:fs';
import type { Status } from '../../src/lib/page-model.ts';
import { modelFile, type SiteName } from './sites.ts';

/**
 * The page model of a test site, as `npm run translations -- --json` reports it in the site's own
 * project (the global setup writes it): its languages, and for each page what each language's
 * readers get. Tests state rules over it instead of naming languages and pages.
 */

export interface ModelPage {
	slug: string;
	collection: string;
	original: string;
	status: Status;
	file: string | null;
	/** The language of the text its readers get. */
	shows: string;
	noindex: boolean;
}

export interface ModelLanguage {
	name: string;
	tag: string;
	counts: Record<Status, number>;
	pages: ModelPage[];
	ui: { missing: string[]; same: string[]; copyOf?: string };
}

const cache = new Map<SiteName, Record<string, ModelLanguage>>();

/** The languages of a site's list, in its order, with their pages. */
export function modelOf(site: SiteName): Record<string, ModelLanguage> {
	const cached = cache.get(site);
	if (cached) return cached;
	const model = (JSON.parse(readFileSync(modelFile(site), 'utf8')) as { languages: Record<string, ModelLanguage> })
		.languages;
	cache.set(site, model);
	return model;
}

/** The language codes of a site, in the order of its list. */
export function langsOf(site: SiteName): string[] {
	return Object.keys(modelOf(site));
}

/** The BCP 47 tag of a language of a site. */
export function tagOf(site: SiteName, lang: string): string {
	return modelOf(site)[lang]!.tag;
}

/** Every page of a site in every language: the view of each. */
export function viewsOf(site: SiteName): (ModelPage & { lang: string })[] {
	return Object.entries(modelOf(site)).flatMap(([lang, { pages }]) => pages.map((page) => ({ ...page, lang })));
}

/** The language of an address of a site, from its first segment under the base path; undefined outside any. */
export function langOfPath(site: SiteName, base: string, path: string): string | undefined {
	const first = path.startsWith(base) ? (path.slice(base.length).split('/')[0] ?? '') : '';
	return langsOf(site).includes(first) ? first : undefined;
}
