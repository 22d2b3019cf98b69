import { describe, expect, it } from 'vitest';
import {
	citationOf,
	duplicateIds,
	hostOf,
	isPrimary,
	officialSiteOf,
	sameSource,
	servicePublicCopy,
	sourceProblems,
	type Source,
} from '../../src/lib/sources.ts';

const consulted = new Date(Date.UTC(2026, 10, 30));
const page = (kind: Source['kind'], url: string, extra: Partial<Source> = {}): Source => ({
	id: 'x',
	kind,
	title: 'Titre',
	publisher: 'Éditeur',
	url,
	consulted,
	...extra,
});
const fields = (source: Parameters<typeof sourceProblems>[0]) => sourceProblems(source).map((p) => p.field);

describe('a source', () => {
	it('of kind law needs a code and an article, and nothing else', () => {
		expect(sourceProblems({ kind: 'law', code: 'Code pénal', article: '611-1' })).toEqual([]);
		expect(sourceProblems({ kind: 'law', code: 'CESEDA', article: 'L425-1', title: 'Carte de séjour' })).toEqual([]);
		expect(fields({ kind: 'law' })).toEqual(['code', 'article']);
		expect(sourceProblems({ kind: 'law', code: 'Code pénal' })[0]?.message).toBe(
			'article is missing: write the article as the code writes it, e.g. article: "L425-1".',
		);
	});

	it('of kind law accepts the article numbers codes write, and refuses anything else', () => {
		for (const article of ['L425-1', 'R. 425-2', '63-4-2', '225-5', '1er', '132-11 bis', 'LO141']) {
			expect(fields({ kind: 'law', code: 'Code', article }), article).toEqual([]);
		}
		for (const article of ['article 63', 'L425-1 et L425-2', 'voir plus bas']) {
			expect(fields({ kind: 'law', code: 'Code', article }), article).toEqual(['article']);
		}
	});

	it('of kind law links only to the exact article on Légifrance', () => {
		const legifrance = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032396076';
		expect(sourceProblems({ kind: 'law', code: 'Code pénal', article: '611-1', url: legifrance })).toEqual([]);
		const elsewhere = sourceProblems({
			kind: 'law',
			code: 'Code pénal',
			article: '611-1',
			url: 'https://lexbase.fr/x',
		});
		expect(elsewhere).toEqual([expect.objectContaining({ field: 'url' })]);
		expect(elsewhere[0]!.message).toMatch(
			/^url: a law is cited by its code and article; its url may only be the Légifrance page/,
		);
	});

	it('of any other kind needs a title, a publisher and an address', () => {
		expect(fields({ kind: 'press' })).toEqual(['title', 'publisher', 'url']);
		expect(sourceProblems(page('press', 'https://www.20minutes.fr/paris/x'))).toEqual([]);
	});

	it('is reached with https only, whatever its kind', () => {
		for (const url of [
			'http://ldh-france.org/x',
			'javascript:alert(1)',
			'data:text/html,x',
			'tel:17',
			'mailto:a@b.fr',
		]) {
			const problems = sourceProblems(page('ngo', url));
			expect(problems, url).toEqual([expect.objectContaining({ field: 'url' })]);
			expect(problems[0]!.message, url).toContain('Write the address starting with https://');
		}
		expect(sourceProblems(page('ngo', 'not an address'))[0]!.message).toBe(
			'url "not an address" is not a web address. Write the full address, starting with https://.',
		);
	});

	it('of kind official must be on the public body’s own site', () => {
		for (const url of [
			'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070158/',
			'https://www.service-public.gouv.fr/particuliers/vosdroits/F2532',
			'https://www.ameli.fr/paris/assure',
			'https://paca.ars.sante.fr/x',
			'https://hudoc.echr.coe.int/x',
		]) {
			expect(sourceProblems(page('official', url)), url).toEqual([]);
		}
		const problems = sourceProblems(page('official', 'https://www.sida-info-service.org/c-est-quoi-le-tpe/'));
		expect(problems).toEqual([expect.objectContaining({ field: 'kind' })]);
		expect(problems[0]!.message).toContain('write kind: operator');
	});

	it('that copies a Service-Public fiche on another site names the original to cite', () => {
		const copy = 'https://www.mairie-athis-mons.fr/demarches-en-ligne/demande-de-logement-social?xml=F1524';
		const problems = sourceProblems(page('official', copy));
		expect(problems).toEqual([expect.objectContaining({ field: 'url' })]);
		expect(problems[0]!.message).toContain('url: https://www.service-public.gouv.fr/particuliers/vosdroits/F1524');
		// A copy is refused whatever kind it is given.
		expect(fields(page('press', copy))).toEqual(['url']);
	});
});

describe('Service-Public copies', () => {
	it('are found by the fiche number in the query or the path', () => {
		expect(servicePublicCopy('https://www.saint-agnant.fr/mes-demarches/attestation-daccueil/?xml=F1036')).toBe(
			'F1036',
		);
		expect(
			servicePublicCopy(
				'https://chaudon-norante.fr/demarches?tx_ecomarquage_servicepublic%5Bsection%5D=part&tx_ecomarquage_servicepublic%5Bxml%5D=F2532',
			),
		).toBe('F2532');
		expect(servicePublicCopy('https://www.versurmer.fr/demarches/particuliers/F2532')).toBe('F2532');
		expect(servicePublicCopy('https://www.bannevillelacampagne.fr/guide/part/F2532.html')).toBe('F2532');
	});

	it('are not the original, nor pages that merely contain an F and digits', () => {
		expect(servicePublicCopy('https://www.service-public.gouv.fr/particuliers/vosdroits/F2532')).toBeUndefined();
		expect(servicePublicCopy('https://www.service-public.fr/particuliers/vosdroits/F2532')).toBeUndefined();
		expect(servicePublicCopy('https://www.example.org/F16-fighter-jet')).toBeUndefined();
	});
});

describe('the list of official sites', () => {
	it('matches a site and its subdomains, not look-alikes', () => {
		expect(officialSiteOf('legifrance.gouv.fr')).toBe('gouv.fr');
		expect(officialSiteOf('beh.santepubliquefrance.fr')).toBe('santepubliquefrance.fr');
		expect(officialSiteOf('notameli.fr')).toBeUndefined();
		expect(officialSiteOf('gouv.fr.example.org')).toBeUndefined();
	});

	it('reads hosts without www or a trailing dot', () => {
		expect(hostOf('https://www.Ameli.fr/x')).toBe('ameli.fr');
		expect(hostOf('https://issuu.com./medecinsdumonde')).toBe('issuu.com');
	});
});

describe('sources in a page', () => {
	it('count law, official and operator as primary', () => {
		expect(
			['law', 'official', 'operator', 'ngo', 'research', 'press'].map((k) => isPrimary(k as Source['kind'])),
		).toEqual([true, true, true, false, false, false]);
	});

	it('have unique ids', () => {
		expect(duplicateIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toEqual(['a']);
	});

	it('are named in citations by code and article, or by title', () => {
		expect(citationOf({ kind: 'law', code: 'Code pénal', article: '611-1' })).toBe('Code pénal, art. 611-1');
		expect(citationOf({ kind: 'press', title: 'Un article' })).toBe('Un article');
	});

	it('are the same when they cite the same article or the same page', () => {
		const law = (code: string, article: string): Source => ({ id: 'a', kind: 'law', code, article, consulted });
		expect(sameSource(law('Code pénal', '611-1'), law('code penal', '611-1'))).toBe(true);
		expect(sameSource(law('Code pénal', '611-1'), law('Code pénal', '611-2'))).toBe(false);
		expect(sameSource(page('ngo', 'https://www.ldh-france.org/x/'), page('ngo', 'https://ldh-france.org/x'))).toBe(
			true,
		);
		expect(sameSource(page('ngo', 'https://ldh-france.org/x'), page('ngo', 'https://ldh-france.org/y'))).toBe(false);
	});
});
