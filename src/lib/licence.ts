/**
 * The open licences the site's text can be published under, by their SPDX id. The build's one setting,
 * CONTENT_LICENSE, picks one (src/lib/config.ts); the footer, the feeds and the metadata all show it.
 */
export interface Licence {
	/** SPDX identifier, as CONTENT_LICENSE is written. */
	id: string;
	/** Its short name, the same in every language. */
	name: string;
	/** The licence's own page (its legal code is linked from there). */
	url: string;
}

export const licences: readonly Licence[] = [
	{ id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	{ id: 'CC-BY-SA-4.0', name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
	{ id: 'CC0-1.0', name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
];

/** The licence named `id`, or an error naming the setting and the ids it accepts. */
export function licenceOf(id: string): Licence {
	const licence = licences.find((candidate) => candidate.id === id);
	if (!licence) {
		throw new Error(
			`CONTENT_LICENSE is "${id}", which is not a licence the site knows. ` +
				`Set it to one of ${licences.map((l) => l.id).join(', ')}, or leave it unset for CC-BY-4.0 ` +
				'(to add another open licence, add it to src/lib/licence.ts).',
		);
	}
	return licence;
}
