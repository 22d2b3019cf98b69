/**
 * What a source can be, and which web sites count as a public body's own site. One place for both:
 * the schema, `npm run sources` and CONTRIBUTING.md read them from here.
 */

/** The kinds of source, most authoritative first. */
export const sourceKinds = ['law', 'official', 'operator', 'ngo', 'research', 'press'] as const;

export type SourceKind = (typeof sourceKinds)[number];

/**
 * Kinds a key claim can rest on: the text of the law, the public body's own page, or the body that
 * runs the service. The others (associations, studies, the press) are useful context, not proof.
 */
export const primaryKinds: readonly SourceKind[] = ['law', 'official', 'operator'];

/** What each kind means, for error messages and the contributors' guide. */
export const kindMeanings: Record<SourceKind, string> = {
	law: 'an article of a code or a law, cited by code and article',
	official: "a page on the public body's own site (see the list of official sites)",
	operator: 'the body that runs a service or a hotline, on its own site',
	ngo: 'an association or a charity',
	research: 'a study, a report or a thesis',
	press: 'a newspaper, a magazine, a blog or any other site',
};

/**
 * Sites whose pages count as `official`, with the reason. A site matches with all its subdomains
 * (`gouv.fr` covers every ministry, prefecture and agency under `*.gouv.fr`).
 */
export const officialSites: Record<string, string> = {
	'gouv.fr': 'French ministries, prefectures and State agencies (Légifrance, Service-Public, allo119…)',
	'service-public.fr': 'the former address of Service-Public, the State’s guide to rights (now service-public.gouv.fr)',
	'gouvernement.fr': 'the French Government’s own site',
	'ameli.fr': 'the Assurance Maladie (public health insurance)',
	'has-sante.fr': 'the Haute Autorité de santé (national health authority)',
	'santepubliquefrance.fr': 'Santé publique France (national public health agency)',
	'sante.fr': 'the public health information service and the regional health agencies (ARS)',
	'conseil-constitutionnel.fr': 'the Conseil constitutionnel',
	'conseil-etat.fr': 'the Conseil d’État',
	'courdecassation.fr': 'the Cour de cassation',
	'assemblee-nationale.fr': 'the Assemblée nationale',
	'senat.fr': 'the Sénat',
	'vie-publique.fr': 'the State’s public information site on laws and policies',
	'echr.coe.int': 'the European Court of Human Rights (including HUDOC, its case law)',
	'europa.eu': 'the institutions of the European Union',
	'who.int': 'the World Health Organization',
};

/** The one site a law source may link to: the State's publication of the law. */
export const lawSite = 'legifrance.gouv.fr';

/** The current address of Service-Public fiches, which also appear as copies on many town-hall sites. */
export const servicePublicBase = 'https://www.service-public.gouv.fr/particuliers/vosdroits/';
