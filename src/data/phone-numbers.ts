import type { Source } from '../lib/sources.ts';

/**
 * The one list of phone numbers the site may show as tap-to-call links.
 * A `tel:`/`sms:` link or a `<Tel number>` with a number not listed here stops the build.
 * Add a number only with its source (the operator's own page, or an official page for the
 * emergency numbers) that a reviewer has checked.
 * `kind`: how to reach it (a call, or only a text message). `service`: `emergency` for the numbers that
 * send help at once (police, ambulance, fire, their SMS line); `helpline` for listening and advice, which
 * the pages and the emergency bar say are not emergency numbers.
 */

const consulted = new Date(Date.UTC(2026, 10, 30));

/** Service-Public's fiche on the emergency numbers: 15, 17, 18, 112, and 114 by text message. */
const emergency: Source = {
	id: 'sp-f33954',
	kind: 'official',
	title: "Quels sont les numéros à composer en cas d'urgence (Samu, pompier, etc.) ?",
	publisher: 'Service-Public.fr',
	url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F33954',
	consulted,
};

export const phoneNumbers = {
	'15': { display: '15', kind: 'call', service: 'emergency', source: emergency },
	'17': { display: '17', kind: 'call', service: 'emergency', source: emergency },
	'18': { display: '18', kind: 'call', service: 'emergency', source: emergency },
	'112': { display: '112', kind: 'call', service: 'emergency', source: emergency },
	/** Emergency by SMS for people who cannot speak; no voice calls. */
	'114': { display: '114', kind: 'sms', service: 'emergency', source: emergency },
	'3919': {
		display: '3919',
		kind: 'call',
		service: 'helpline',
		source: {
			id: 'fnsf-3919',
			kind: 'operator',
			title: 'Appeler le 3919',
			publisher: 'Fédération nationale Solidarité Femmes',
			url: 'https://solidaritefemmes.org/appeler-le-3919/',
			consulted,
		},
	},
	'116006': {
		display: '116 006',
		kind: 'call',
		service: 'helpline',
		source: {
			id: 'france-victimes',
			kind: 'operator',
			// The federation's page under its former name (INAVEM); replace it by its current 116 006 page once found.
			title: "Services de l'INAVEM",
			publisher: 'France Victimes',
			url: 'https://france-victimes.fr/index.php/categories-inavem/121-federation-inavem/services-de-l-inavem',
			consulted,
		},
	},
	'119': {
		display: '119',
		kind: 'call',
		service: 'helpline',
		source: {
			id: 'allo-119',
			kind: 'official',
			title: 'Allô 119',
			publisher: "Service national d'accueil téléphonique de l'enfance en danger",
			url: 'https://www.allo119.gouv.fr/',
			consulted,
		},
	},
	/** The Ministry of Justice's free access-to-law line: any nationality, to the nearest point-justice. */
	'3039': {
		display: '3039',
		kind: 'call',
		service: 'helpline',
		source: {
			id: 'justice-3039',
			kind: 'official',
			title: "Septième journée nationale de l'accès au droit",
			publisher: 'Ministère de la Justice',
			url: 'https://www.justice.gouv.fr/actualites/actualite/septieme-journee-nationale-lacces-au-droit',
			consulted,
		},
	},
	/** Sida Info Service. */
	'0800840800': {
		display: '0 800 840 800',
		kind: 'call',
		service: 'helpline',
		source: {
			id: 'sida-info-service',
			kind: 'operator',
			title: 'Sida Info Service',
			publisher: 'Sida Info Service',
			url: 'https://www.sida-info-service.org/',
			consulted,
		},
	},
} as const satisfies Record<
	string,
	{ display: string; kind: 'call' | 'sms'; service: 'emergency' | 'helpline'; source: Source }
>;

export type PhoneNumberId = keyof typeof phoneNumbers;

/**
 * The numbers of the emergency bar on every page (src/components/EmergencyBar.astro), in order, and of the
 * search page when nothing is found. `label` is said inside the tap-to-call link; `note` stands beside it,
 * outside, because a link shows only the number it dials (the build checks it), and "24 h" is no phone number.
 */
export const urgentNumbers: readonly {
	number: PhoneNumberId;
	label?: 'emergency.police' | 'emergency.samu' | 'emergency.sms';
	note?: 'emergency.violenceNote';
}[] = [
	{ number: '17', label: 'emergency.police' },
	{ number: '15', label: 'emergency.samu' },
	{ number: '114', label: 'emergency.sms' },
	{ number: '3919', note: 'emergency.violenceNote' },
];
