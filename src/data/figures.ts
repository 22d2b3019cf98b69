import type { Source } from '../lib/sources.ts';

/**
 * Numbers that several pages, the glossary or the interface state, each written once with its
 * source. A page writes `<Fig id="gav-hours" />`: the site prints "24小时" / "24 heures" / "24 hours"
 * with a reference mark, and adds the source to the page's list of sources. Change a value here and
 * every page changes with it; change it only with a source a reviewer has checked (primary: law,
 * official or operator).
 */

/** A unit the site can print in any language (`Intl.NumberFormat` units, or a currency). */
export type FigureUnit = 'hour' | 'day' | 'month' | 'year' | 'EUR';

export interface Figure {
	value: number;
	unit: FigureUnit;
	/** What the number is, for contributors (not shown to readers). */
	meaning: string;
	source: Source;
}

const consulted = new Date(Date.UTC(2026, 10, 30));

/** An article of a code, cited without an address: we link to Légifrance only where we found the exact page. */
const law = (id: string, code: string, article: string, title: string): Source => ({
	id,
	kind: 'law',
	code,
	article,
	title,
	consulted,
});

const cpp = 'Code de procédure pénale';
const ceseda = "Code de l'entrée et du séjour des étrangers et du droit d'asile (CESEDA)";

const cpp63 = law('cpp-63', cpp, '63', 'Garde à vue : 24 heures, prolongeable une fois de 24 heures');
const cpp70688 = law(
	'cpp-706-88',
	cpp,
	'706-88',
	'Garde à vue pour les infractions de l’article 706-73 : deux prolongations de 24 heures',
);
const cpp783 = law('cpp-78-3', cpp, '78-3', "Vérification d'identité : 4 heures au plus");
const cpp7 = law('cpp-7', cpp, '7', 'Prescription des crimes : 20 ans');
const cpp8 = law('cpp-8', cpp, '8', 'Prescription des délits : 6 ans');
const cp13113 = law('cp-131-13', 'Code pénal', '131-13', 'Amende des contraventions de la 5e classe : 1 500 € au plus');
const cp225121 = law(
	'cp-225-12-1',
	'Code pénal',
	'225-12-1',
	'Recours à la prostitution en récidive : 3 750 € d’amende',
);
const ceseda8133 = law(
	'ceseda-l813-3',
	ceseda,
	'L813-3',
	'Retenue pour vérification du droit au séjour : 24 heures au plus',
);
const ceseda6121 = law(
	'ceseda-l612-1',
	ceseda,
	'L612-1',
	'Obligation de quitter le territoire : délai de départ volontaire de 30 jours',
);
const ceseda7411 = law('ceseda-l741-1', ceseda, 'L741-1', 'Placement en rétention administrative : 96 heures');
const ceseda4254 = law(
	'ceseda-l425-4',
	ceseda,
	'L425-4',
	'Parcours de sortie de la prostitution : autorisation de séjour de 6 mois au moins',
);

/** The operator of the national HIV information line; states the 4 h / 48 h of post-exposure treatment. */
const sisTpe: Source = {
	id: 'sis-tpe',
	kind: 'operator',
	title: "C'est quoi le TPE ?",
	publisher: 'Sida Info Service',
	url: 'https://www.sida-info-service.org/c-est-quoi-le-tpe/',
	consulted,
};

export const figures = {
	'gav-hours': { value: 24, unit: 'hour', meaning: 'police custody (garde à vue), first period', source: cpp63 },
	'gav-extended-hours': {
		value: 48,
		unit: 'hour',
		meaning: 'police custody extended once by the prosecutor (offences punished by 1 year of prison or more)',
		source: cpp63,
	},
	'gav-aggravated-hours': {
		value: 96,
		unit: 'hour',
		meaning: 'police custody for the offences of CPP art. 706-73, which include aggravated pimping',
		source: cpp70688,
	},
	'identity-check-hours': {
		value: 4,
		unit: 'hour',
		meaning: 'longest hold to verify identity after an identity check',
		source: cpp783,
	},
	'stay-check-hours': {
		value: 24,
		unit: 'hour',
		meaning: 'longest hold (retenue) to check the right to stay, identity-check time included',
		source: ceseda8133,
	},
	'client-fine': {
		value: 1500,
		unit: 'EUR',
		meaning: "the client's fine (5th-class contravention, Code pénal art. 611-1)",
		source: cp13113,
	},
	'client-fine-repeat': {
		value: 3750,
		unit: 'EUR',
		meaning: "the client's fine for a repeat offence",
		source: cp225121,
	},
	'oqtf-days': {
		value: 30,
		unit: 'day',
		meaning: 'time to leave France given by an OQTF, when the prefecture grants one',
		source: ceseda6121,
	},
	'cra-first-hours': {
		value: 96,
		unit: 'hour',
		meaning: 'first placement in a detention centre (CRA), before a judge must decide (since 11 November 2025)',
		source: ceseda7411,
	},
	'aps-months': {
		value: 6,
		unit: 'month',
		meaning: 'shortest temporary permission to stay (APS) in the exit programme',
		source: ceseda4254,
	},
	'prescription-offence-years': {
		value: 6,
		unit: 'year',
		meaning: 'time to file a complaint for most offences (délits), from the day of the offence',
		source: cpp8,
	},
	'prescription-crime-years': {
		value: 20,
		unit: 'year',
		meaning: 'time to file a complaint for a crime, including the rape of an adult',
		source: cpp7,
	},
	'pep-ideal-hours': {
		value: 4,
		unit: 'hour',
		meaning: 'start post-exposure treatment ideally within',
		source: sisTpe,
	},
	'pep-max-hours': {
		value: 48,
		unit: 'hour',
		meaning: 'post-exposure treatment works only if started within',
		source: sisTpe,
	},
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof figures;
